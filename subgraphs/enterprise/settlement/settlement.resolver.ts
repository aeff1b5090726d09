import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { ConnectionResult } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { OwnersCommittee } from '../neighbours/owners-committee.ref';
import { PropertyCompany } from '../neighbours/property-company.ref';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { Settlement } from './settlement.entity';
import { agreementById } from './settlement.loaders';
import {
  createAgreement,
  outletSettlements,
  readableAgreementsOfOutlet,
  settlementOrNotFound,
  settlementsFor,
  settlementRebate,
  settleOutletPeriod,
} from './settlement.service';
import {
  CreateRevenueShareAgreementInput,
  SettleOutletPeriodInput,
  SettlementConnection,
  SettlementPageArgs,
  SettlementRebate,
  SettlementsArgs,
} from './settlement.types';

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
  settlement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Settlement> {
    return settlementOrNotFound(ctx, id);
  }

  @Authorized()
  @Query(() => SettlementConnection, { description: 'Settlements the viewer may read, by period.' })
  settlements(@Args(() => SettlementsArgs) args: SettlementsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Settlement>> {
    return settlementsFor(ctx, args);
  }

  @FieldResolver(() => Outlet, { nullable: true })
  outlet(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(s.outletId), 'Outlet', s.outletId);
  }

  @FieldResolver(() => RevenueShareAgreement, { nullable: true })
  agreement(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement> {
    return loadOrNotFound(agreementById(ctx).load(s.agreementId), 'RevenueShareAgreement', s.agreementId);
  }

  @FieldResolver(() => PropertyCompany, { nullable: true })
  propertyCompany(@Root() s: Settlement): PropertyCompany {
    return { id: s.propertyCompanyId };
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The owners' committee whose fund receives the rebate." })
  ownersCommittee(@Root() s: Settlement): OwnersCommittee {
    return { id: s.committeeId };
  }

  @FieldResolver(() => SettlementRebate, {
    nullable: true,
    description: "The rebate's hand-over to the committee's fund: PENDING, DELIVERED or FAILED (or NONE when zero).",
  })
  rebate(@Root() s: Settlement, @Ctx() ctx: RequestContext): Promise<SettlementRebate> {
    return settlementRebate(ctx, s);
  }
}

@Resolver(() => RevenueShareAgreement)
export class RevenueShareAgreementResolver {
  @FieldResolver(() => Outlet)
  outlet(@Root() a: RevenueShareAgreement, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(a.outletId), 'Outlet', a.outletId);
  }

  @FieldResolver(() => PropertyCompany, { nullable: true })
  propertyCompany(@Root() a: RevenueShareAgreement): PropertyCompany {
    return { id: a.propertyCompanyId };
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true })
  ownersCommittee(@Root() a: RevenueShareAgreement): OwnersCommittee {
    return { id: a.committeeId };
  }
}

/** The outlet's revenue sharing, as far as the viewer may read it. */
@Resolver(() => Outlet)
export class OutletSettlementsResolver {
  @FieldResolver(() => SettlementConnection, { description: "Follow the money: the outlet's settlements the viewer may read, by period." })
  settlements(
    @Root() outlet: Outlet,
    @Args(() => SettlementPageArgs) args: SettlementPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<Settlement>> {
    return outletSettlements(ctx, outlet.id, args);
  }

  @FieldResolver(() => [RevenueShareAgreement], { description: "The outlet's revenue-sharing agreements the viewer may read." })
  revenueShareAgreements(@Root() outlet: Outlet, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement[]> {
    return readableAgreementsOfOutlet(ctx, outlet.id);
  }
}
