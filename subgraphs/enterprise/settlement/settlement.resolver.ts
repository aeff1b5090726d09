import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, forbidden, notFound } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import { ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { canReadRevenueRecord, revenueReadScope, revenueScopeSql } from '../common/access';
import { assertPeriod } from '../common/date-input';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';
import { OwnersCommittee } from '../refs/owners-committee.ref';
import { PropertyCompany } from '../refs/property-company.ref';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';
import { agreementById, rebateMessageBySettlement, settlementById } from './settlement.loaders';
import { createAgreement, settleOutletPeriod } from './settlement.service';
import {
  CreateRevenueShareAgreementInput,
  RebateStatus,
  SettleOutletPeriodInput,
  SettlementConnection,
  SettlementRebate,
} from './settlement.types';

/** A settlement the viewer may read, or FORBIDDEN; used by the root field and `_entities`. */
export async function readableSettlement(ctx: RequestContext, id: string): Promise<Settlement | null> {
  const found = await settlementById(ctx).load(id);
  if (!found) return null;
  if (!canReadRevenueRecord(ctx.viewer!, found)) throw forbidden('Only the parties to this settlement may read it');
  return found;
}

@Resolver(() => Settlement)
export class SettlementResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => RevenueShareAgreement, { description: "Records an outlet's revenue-sharing agreement (enterprise staff)." })
  createRevenueShareAgreement(
    @Arg('input', () => CreateRevenueShareAgreementInput) input: CreateRevenueShareAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevenueShareAgreement> {
    return createAgreement(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => Settlement, {
    description: "Settles an outlet's month: splits the proceeds and hands the rebate to the owners' committee fund.",
  })
  settleOutletPeriod(
    @Arg('input', () => SettleOutletPeriodInput) input: SettleOutletPeriodInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Settlement> {
    return settleOutletPeriod(ctx, input);
  }

  @Authorized()
  @Query(() => Settlement, {
    description: 'One settlement, for its parties (enterprise, property company, committee), analysts and admins.',
  })
  async settlement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Settlement> {
    const found = await readableSettlement(ctx, assertUuid(id));
    if (!found) throw notFound('Settlement', id);
    return found;
  }

  @Authorized()
  @Query(() => SettlementConnection, { description: 'Settlements the viewer may read, by period.' })
  settlements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('outletId', () => ID, { nullable: true }) outletId: string | null,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Arg('ownersCommitteeId', () => ID, { nullable: true, description: "A committee's rebates." }) ownersCommitteeId: string | null,
    @Arg('propertyCompanyId', () => ID, { nullable: true }) propertyCompanyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<Settlement>> {
    const scope = revenueScopeSql(revenueReadScope(ctx.viewer!), 's');
    const qb = ctx.dataSource.getRepository(Settlement).createQueryBuilder('s').where(scope.sql, scope.params);
    if (outletId) qb.andWhere('s.outlet_id = :outletId', { outletId: assertUuid(outletId, 'outletId') });
    if (period) qb.andWhere('s.period = :period', { period: assertPeriod(period) });
    if (ownersCommitteeId)
      qb.andWhere('s.committee_id = :committeeId', { committeeId: assertUuid(ownersCommitteeId, 'ownersCommitteeId') });
    if (propertyCompanyId)
      qb.andWhere('s.property_company_id = :companyId', { companyId: assertUuid(propertyCompanyId, 'propertyCompanyId') });
    return paginate(qb, page, { column: 's.period', idColumn: 's.id', valueOf: (s) => s.period, idOf: (s) => s.id });
  }

  @FieldResolver(() => Outlet)
  async outlet(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<Outlet> {
    const found = await outletById(ctx).load(s.outletId);
    if (!found) throw notFound('Outlet', s.outletId);
    return found;
  }

  @FieldResolver(() => RevenueShareAgreement)
  async agreement(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement> {
    const found = await agreementById(ctx).load(s.agreementId);
    if (!found) throw notFound('RevenueShareAgreement', s.agreementId);
    return found;
  }

  @FieldResolver(() => PropertyCompany)
  propertyCompany(@Root() s: Settlement): PropertyCompany {
    return { id: s.propertyCompanyId };
  }

  @FieldResolver(() => OwnersCommittee, { description: "The owners' committee whose fund receives the rebate." })
  ownersCommittee(@Root() s: Settlement): OwnersCommittee {
    return { id: s.committeeId };
  }

  @FieldResolver(() => SettlementRebate, {
    description: "The rebate's hand-over to the committee's fund: PENDING, DELIVERED or FAILED (or NONE when zero).",
  })
  async rebate(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<SettlementRebate> {
    const message = await rebateMessageBySettlement(ctx).load(s.id);
    const fundEntryId = message?.status === 'DELIVERED' ? ((message.result?.fundEntryId as string | undefined) ?? null) : null;
    return {
      status: message ? (message.status as RebateStatus) : RebateStatus.NONE,
      amount: Money.of(s.committeeRebateFen),
      fundEntryId,
      failureReason: message && message.status !== 'DELIVERED' ? message.lastError : null,
      attempts: message?.attempts ?? 0,
      deliveredAt: message?.deliveredAt ?? null,
    };
  }
}

@Resolver(() => RevenueShareAgreement)
export class RevenueShareAgreementResolver {
  @FieldResolver(() => Outlet)
  async outlet(@Root() a: RevenueShareAgreement, @Ctx() ctx: RequestContext): Promise<Outlet> {
    const found = await outletById(ctx).load(a.outletId);
    if (!found) throw notFound('Outlet', a.outletId);
    return found;
  }

  @FieldResolver(() => PropertyCompany)
  propertyCompany(@Root() a: RevenueShareAgreement): PropertyCompany {
    return { id: a.propertyCompanyId };
  }

  @FieldResolver(() => OwnersCommittee)
  ownersCommittee(@Root() a: RevenueShareAgreement): OwnersCommittee {
    return { id: a.committeeId };
  }
}
