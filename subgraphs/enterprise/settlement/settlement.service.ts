import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { Money } from '../../../shared/money/money.type';
import type { ConnectionResult } from '../../../shared/pagination/connection';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { calendarMonth } from '../../../shared/time/calendar-date';
import { monthsTouched, periodForm, periodOf } from '../../../shared/time/date-range';
import { periodBounds } from '../../../shared/time/local-time';
import { assertEnterpriseWriter, canReadRevenueRecord, revenueReadScope, whereInRevenueScope } from '../access/access';
import { outletTotals } from '../ledger/ledger.service';
import { committeeCompound } from '../neighbours/committee.lookups';
import { propertyCompanyExists } from '../neighbours/property.lookups';
import { enqueueSettlementRebate } from '../neighbours/settlement-rebate.outgoing';
import { outletOrNotFound } from '../outlet/outlet.service';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { ratioProblem, splitProceeds } from './settlement-split';
import { Settlement } from './settlement.entity';
import { agreementsByCompany, agreementsByOutlet, rebateMessageBySettlement, settlementById } from './settlement.loaders';
import type { SettlementPageArgs, SettlementRebate, SettlementsArgs } from './settlement.types';
import { RebateStatus, SettlementOrderField } from './settlement.enums';

export interface AgreementInput {
  outletId: string;
  propertyCompanyId: string;
  ownersCommitteeId: string;
  enterpriseBp: number;
  propertyBp: number;
  rebateBpOfProperty: number;
  effectiveFrom: string;
}

/** Records an agreement; the committee must be the outlet's compound's, the company must exist. */
export async function createAgreement(ctx: RequestContext, input: AgreementInput): Promise<RevenueShareAgreement> {
  const viewer = requireViewer(ctx);
  const outletId = assertUuid(input.outletId, 'outletId');
  const companyId = assertUuid(input.propertyCompanyId, 'propertyCompanyId');
  const committeeId = assertUuid(input.ownersCommitteeId, 'ownersCommitteeId');
  const problem = ratioProblem({
    enterpriseBp: input.enterpriseBp,
    propertyBp: input.propertyBp,
    rebateBpOfProperty: input.rebateBpOfProperty,
  });
  if (problem) throw badInput(problem, { field: 'ratios' });
  calendarMonth(input.effectiveFrom, 'effectiveFrom');
  const outlet = await outletOrNotFound(ctx.dataSource.manager, outletId);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  // Other stakeholders' ids, asked of their own subgraphs before anything is written.
  const compoundOfCommittee = await committeeCompound(committeeId);
  if (!compoundOfCommittee) throw badInput(`No owners' committee ${committeeId}`, { field: 'ownersCommitteeId' });
  if (compoundOfCommittee !== outlet.compoundId)
    throw badInput("The owners' committee is not the outlet's compound's", { field: 'ownersCommitteeId' });
  if (!(await propertyCompanyExists(companyId))) throw badInput(`No property company ${companyId}`, { field: 'propertyCompanyId' });
  const row = stampCreated(
    Object.assign(new RevenueShareAgreement(), {
      id: randomUUID(),
      outletId,
      enterpriseId: outlet.enterpriseId,
      compoundId: outlet.compoundId,
      propertyCompanyId: companyId,
      committeeId,
      enterpriseBp: input.enterpriseBp,
      propertyBp: input.propertyBp,
      rebateBpOfProperty: input.rebateBpOfProperty,
      effectiveFrom: input.effectiveFrom,
    }),
    viewer.actor,
    ctx.clock.now(),
  );
  try {
    return await ctx.dataSource.transaction((m) => m.save(row));
  } catch (error) {
    if (isUniqueViolation(error, 'revenue_share_agreement_outlet_from'))
      throw conflict(`The outlet already has an agreement from ${input.effectiveFrom}`);
    throw error;
  }
}

export interface SettleInput {
  outletId: string;
  period: string;
  idempotencyKey: string;
}

/**
 * Settles one outlet's month: proceeds = recorded sales − recorded cost of goods, split by
 * the agreement in force, and the committee's rebate handed over through the outbox in
 * the same transaction. Keys are the enterprise's: the same key for the same outlet and
 * period → the first settlement; for another → CONFLICT. A period settles once.
 */
export async function settleOutletPeriod(ctx: RequestContext, input: SettleInput): Promise<Settlement> {
  const viewer = requireViewer(ctx);
  const outletId = assertUuid(input.outletId, 'outletId');
  const period = calendarMonth(input.period);
  const key = idempotencyKey(input.idempotencyKey);
  const outlet = await outletOrNotFound(ctx.dataSource.manager, outletId);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  let id: string;
  try {
    id = await once(
      ctx,
      viewer.actor,
      { operation: 'settlement.settle', scope: outlet.enterpriseId, key, request: { outletId, period } },
      (m) =>
        settle(
          m,
          ctx.clock.now(),
          { outletId, enterpriseId: outlet.enterpriseId, compoundId: outlet.compoundId },
          period,
          key,
          viewer.actor,
        ),
    );
  } catch (error) {
    // A simultaneous request with another key settled the period first.
    if (isUniqueViolation(error)) throw conflict(`The outlet's period ${period} is already settled`);
    throw error;
  }
  return ctx.dataSource.getRepository(Settlement).findOneByOrFail({ id });
}

async function settle(
  m: EntityManager,
  now: Date,
  outlet: { outletId: string; enterpriseId: string; compoundId: string },
  period: string,
  key: string,
  actor: string,
): Promise<string> {
  const { outletId } = outlet;
  const { start, end } = periodBounds(period);
  if (now.getTime() < end.getTime())
    throw conflict(`The period ${period} is not over yet (Asia/Shanghai); it can be settled from its last day's midnight`);
  const settled = await m.getRepository(Settlement).findOneBy({ outletId, period });
  if (settled) throw conflict(`The outlet's period ${period} is already settled`, { settlementId: settled.id });
  const agreement = await m
    .getRepository(RevenueShareAgreement)
    .createQueryBuilder('a')
    .where('a.outlet_id = :outletId AND a.effective_from <= :period', { outletId, period })
    .orderBy('a.effective_from', 'DESC')
    .getOne();
  if (!agreement) throw conflict(`The outlet has no revenue-sharing agreement in force for ${period}`);
  const { salesFen, costOfGoodsFen } = await outletTotals(m, outletId, start, end);
  const proceedsFen = salesFen - costOfGoodsFen;
  const ratios = {
    enterpriseBp: agreement.enterpriseBp,
    propertyBp: agreement.propertyBp,
    rebateBpOfProperty: agreement.rebateBpOfProperty,
  };
  const outcome = splitProceeds(proceedsFen, ratios);
  const settlement = stampCreated(
    Object.assign(new Settlement(), {
      id: randomUUID(),
      outletId,
      agreementId: agreement.id,
      enterpriseId: outlet.enterpriseId,
      compoundId: outlet.compoundId,
      propertyCompanyId: agreement.propertyCompanyId,
      committeeId: agreement.committeeId,
      period,
      salesFen,
      costOfGoodsFen,
      proceedsFen,
      ...ratios,
      enterpriseFen: outcome.parts.enterprise,
      propertyKeptFen: outcome.parts.propertyKept,
      committeeRebateFen: outcome.parts.committeeRebate,
      note: outcome.kind === 'NOTHING_TO_SPLIT' ? outcome.reason : null,
      idempotencyKey: key,
    }),
    actor,
    now,
  );
  await m.getRepository(Settlement).insert(settlement);
  if (settlement.committeeRebateFen > 0n) {
    await enqueueSettlementRebate(
      m,
      {
        settlementId: settlement.id,
        committeeId: settlement.committeeId,
        compoundId: settlement.compoundId,
        amountFen: settlement.committeeRebateFen,
        period,
      },
      actor,
      now,
    );
  }
  return settlement.id;
}

export interface SettlementFilter {
  outletId?: string | null;
  /** Months `YYYY-MM`, both inclusive. */
  months?: { first: string; last: string } | null;
  ownersCommitteeId?: string | null;
  propertyCompanyId?: string | null;
}

const byPeriod = sortKey<Settlement>('s', ['s.period', (s) => s.period]);

/** Settlements the viewer may read (its parties, analysts, admins), by period unless `orderBy` says otherwise. */
export const settlementList = defineList<Settlement, SettlementFilter, SettlementOrderField>({
  entity: Settlement,
  alias: 's',
  scope: (qb, ctx) => whereInRevenueScope(qb, revenueReadScope(ctx.viewer!), 's'),
  filters: {
    outletId: (qb, v) => qb.andWhere('s.outlet_id = :outletId', { outletId: assertUuid(v, 'outletId') }),
    months: (qb, { first, last }) => qb.andWhere('s.period BETWEEN :firstMonth AND :lastMonth', { firstMonth: first, lastMonth: last }),
    ownersCommitteeId: (qb, v) => qb.andWhere('s.committee_id = :committeeId', { committeeId: assertUuid(v, 'ownersCommitteeId') }),
    propertyCompanyId: (qb, v) => qb.andWhere('s.property_company_id = :companyId', { companyId: assertUuid(v, 'propertyCompanyId') }),
  },
  order: byPeriod,
  orders: {
    PERIOD: byPeriod,
    SETTLED_AT: sortKey<Settlement>('s', ['s.created_at', (s) => s.createdAt.toISOString()]),
    PROCEEDS: sortKey<Settlement>('s', ['s.proceeds_fen', (s) => String(s.proceedsFen)]),
  },
  parent: { column: 's.outlet_id', of: (s) => s.outletId },
});

/** `settlements(...)`: the months from `within`, or from the deprecated `period` (one month). */
export function settlementsFor(ctx: RequestContext, args: SettlementsArgs): Promise<ConnectionResult<Settlement>> {
  // An empty period filters nothing, as an absent one.
  const period = args.period || null;
  const form = periodForm(args.within, { period }, false, 'within');
  const months =
    form === 'period'
      ? monthsTouched(periodOf(args.within!, 'within'))
      : form === 'old'
        ? { first: calendarMonth(period), last: calendarMonth(period) }
        : null;
  const filter = {
    outletId: args.outletId || null,
    months,
    ownersCommitteeId: args.ownersCommitteeId || null,
    propertyCompanyId: args.propertyCompanyId || null,
  };
  return settlementList.page(ctx, filter, args);
}

/** A settlement the viewer may read, null when there is none, FORBIDDEN for others; the root field and `_entities` use it. */
export async function readableSettlement(ctx: RequestContext, id: string): Promise<Settlement | null> {
  const found = await settlementById(ctx).load(id);
  if (!found) return null;
  if (!canReadRevenueRecord(ctx.viewer!, found)) throw forbidden('Only the parties to this settlement may read it');
  return found;
}

export function settlementOrNotFound(ctx: RequestContext, id: string): Promise<Settlement> {
  return loadOrNotFound(readableSettlement(ctx, assertUuid(id)), 'Settlement', id);
}

/** Follow the money: an outlet's settlements the viewer may read, the pages of every outlet of a query in one statement. */
export function outletSettlements(ctx: RequestContext, outletId: string, args: SettlementPageArgs): Promise<ConnectionResult<Settlement>> {
  if (!ctx.viewer) throw forbidden('A valid token is required to read settlements');
  return settlementList.pageOf(ctx, outletId, {}, args);
}

/** An outlet's agreements, as far as the viewer may read them (none when signed out). */
export async function readableAgreementsOfOutlet(ctx: RequestContext, outletId: string): Promise<RevenueShareAgreement[]> {
  if (!ctx.viewer) return [];
  const rows = await agreementsByOutlet(ctx).load(outletId);
  return rows.filter((a) => canReadRevenueRecord(ctx.viewer!, a));
}

/** A property company's agreements, as far as the viewer may read them (none when signed out). */
export async function readableAgreementsOfCompany(ctx: RequestContext, companyId: string): Promise<RevenueShareAgreement[]> {
  if (!ctx.viewer) return [];
  const rows = await agreementsByCompany(ctx).load(companyId);
  return rows.filter((a) => canReadRevenueRecord(ctx.viewer!, a));
}

/** Where the settlement's rebate to the committee's fund stands, from its outbox row. */
export async function settlementRebate(ctx: RequestContext, s: Settlement): Promise<SettlementRebate> {
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
