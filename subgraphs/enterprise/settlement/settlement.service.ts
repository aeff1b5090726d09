import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { RequestContext } from '../../../shared/server/context';
import { assertEnterpriseWriter } from '../common/access';
import { committeeCompound, propertyCompanyExists } from '../common/external-ids';
import { assertPeriod } from '../common/date-input';
import { periodBounds } from '../../../shared/time/local-time';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { outletTotals } from '../ledger/outlet-ledger';
import { Outlet } from '../outlet/outlet.entity';
import { RevenueShareAgreement } from './revenue-share-agreement.entity';
import { ratioProblem, splitProceeds } from './settlement-split';
import { Settlement } from './settlement.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';

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
  assertPeriod(input.effectiveFrom, 'effectiveFrom');
  const outlet = await ctx.dataSource.getRepository(Outlet).findOneBy({ id: outletId });
  if (!outlet) throw notFound('Outlet', outletId);
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

function sameRequest(s: Settlement, outletId: string, period: string): boolean {
  return s.outletId === outletId && s.period === period;
}

async function byKey(m: EntityManager, enterpriseId: string, key: string): Promise<Settlement | null> {
  return m.getRepository(Settlement).findOneBy({ enterpriseId, idempotencyKey: key });
}

/**
 * Settles one outlet's month: proceeds = recorded sales − recorded cost of goods, split by
 * the agreement in force, and the committee's rebate handed over through the outbox in
 * the same transaction. Same key and input → the first settlement; a period settles once.
 */
export async function settleOutletPeriod(ctx: RequestContext, input: SettleInput): Promise<Settlement> {
  const viewer = requireViewer(ctx);
  const outletId = assertUuid(input.outletId, 'outletId');
  const period = assertPeriod(input.period);
  const key = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() : '';
  if (!key || key.length > 200) throw badInput('idempotencyKey must be 1 to 200 characters', { field: 'idempotencyKey' });
  const outlet = await ctx.dataSource.getRepository(Outlet).findOneBy({ id: outletId });
  if (!outlet) throw notFound('Outlet', outletId);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);

  const replay = async (m: EntityManager): Promise<Settlement | null> => {
    const first = await byKey(m, outlet.enterpriseId, key);
    if (!first) return null;
    if (!sameRequest(first, outletId, period))
      throw conflict('This idempotencyKey was used for another settlement', { idempotencyKey: key });
    return first;
  };

  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
      const now = ctx.clock.now();
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
        viewer.actor,
        now,
      );
      await m.getRepository(Settlement).insert(settlement);
      if (settlement.committeeRebateFen > 0n) {
        await enqueueHandover(m, {
          topic: SETTLEMENT_REBATE_TOPIC,
          recordId: settlement.id,
          payload: {
            settlementId: settlement.id,
            committeeId: settlement.committeeId,
            compoundId: settlement.compoundId,
            amountFen: settlement.committeeRebateFen.toString(),
            period,
          },
          actor: viewer.actor,
          at: now,
        });
      }
      return settlement;
    });
  } catch (error) {
    // A simultaneous request won the race: replay it (same key) or report the settled period.
    if (isUniqueViolation(error)) {
      const first = await replay(ctx.dataSource.manager);
      if (first) return first;
      throw conflict(`The outlet's period ${period} is already settled`);
    }
    throw error;
  }
}
