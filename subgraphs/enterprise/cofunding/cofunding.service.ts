import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { Money } from '../../../shared/money/money.type';
import { assertPositiveFen } from '../../../shared/money/positive-fen';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText } from '../../../shared/validation';
import { assertEnterpriseWriter } from '../access/access';
import { committeeCompound, committeeFundEntry } from '../neighbours/committee.lookups';
import { propertyCompanyExists } from '../neighbours/property.lookups';
import { outletOrNotFound } from '../outlet/outlet.service';
import { CofundingContribution } from './cofunding-contribution.entity';
import { CofundingSource } from './cofunding.enums';
import type { Cofunding } from './cofunding.types';

export interface CofundingInput {
  outletId: string;
  source: CofundingSource;
  amountFen: bigint;
  propertyCompanyId?: string | null;
  ownersCommitteeId?: string | null;
  fundEntryId?: string | null;
  merchantName?: string | null;
  note?: string | null;
  idempotencyKey: string;
}

function only(present: boolean, field: string, source: CofundingSource): void {
  if (present) throw badInput(`${field} does not apply to a ${source} contribution`, { field });
}

/**
 * The committee's part is money the fund paid out: the entry must be a posted,
 * unreversed SPENDING of this committee's fund for exactly this amount. Asked of the
 * committee subgraph at write time; unreachable → SERVICE_UNAVAILABLE, nothing written.
 */
async function assertFundPaidIt(fundEntryId: string, committeeId: string, compoundId: string, amountFen: bigint): Promise<void> {
  const entry = await committeeFundEntry(fundEntryId);
  const refuse = (why: string) => badInput(`Fund entry ${fundEntryId} ${why}`, { field: 'fundEntryId' });
  if (!entry) throw refuse('is not known to the committee');
  if (entry.committeeId !== committeeId || entry.compoundId !== compoundId) throw refuse("is not of this committee's fund");
  if (entry.direction !== 'SPENDING') throw refuse('is not a spending: only money the fund paid out can be a contribution');
  if (entry.status !== 'POSTED' || entry.reversed) throw refuse('has not paid anything (not approved, rejected or reversed)');
  if (entry.amountFen !== amountFen) throw refuse(`paid ${entry.amountFen} fen, not ${amountFen}`);
}

/** Records a set-up contribution ("四个一点"); keys are the enterprise's. */
export async function recordCofunding(ctx: RequestContext, input: CofundingInput): Promise<CofundingContribution> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKey(input.idempotencyKey);
  const amountFen = assertPositiveFen(input.amountFen, 'amountFen');
  const outlet = await outletOrNotFound(ctx.dataSource.manager, input.outletId);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const s = input.source;
  only(s !== CofundingSource.PROPERTY_COMPANY && !!input.propertyCompanyId, 'propertyCompanyId', s);
  only(s !== CofundingSource.OWNERS_COMMITTEE && !!input.ownersCommitteeId, 'ownersCommitteeId', s);
  only(s !== CofundingSource.OWNERS_COMMITTEE && !!input.fundEntryId, 'fundEntryId', s);
  only(s !== CofundingSource.MERCHANT && !!input.merchantName, 'merchantName', s);
  let propertyCompanyId: string | null = null;
  let committeeId: string | null = null;
  let fundEntryId: string | null = null;
  let merchantName: string | null = null;
  if (s === CofundingSource.PROPERTY_COMPANY) {
    propertyCompanyId = assertUuid(input.propertyCompanyId ?? '', 'propertyCompanyId');
    if (!(await propertyCompanyExists(propertyCompanyId)))
      throw badInput(`No property company ${propertyCompanyId}`, { field: 'propertyCompanyId' });
  } else if (s === CofundingSource.OWNERS_COMMITTEE) {
    committeeId = assertUuid(input.ownersCommitteeId ?? '', 'ownersCommitteeId');
    fundEntryId = assertUuid(input.fundEntryId ?? '', 'fundEntryId');
    const compound = await committeeCompound(committeeId);
    if (compound !== outlet.compoundId)
      throw badInput("The owners' committee is not the outlet's compound's", { field: 'ownersCommitteeId' });
    await assertFundPaidIt(fundEntryId, committeeId, outlet.compoundId, amountFen);
  } else if (s === CofundingSource.MERCHANT) {
    merchantName = boundedText(input.merchantName, 'merchantName', 100);
  }
  const note = input.note == null ? null : boundedText(input.note, 'note', 500);
  const request = { outletId: outlet.id, source: s, amountFen, propertyCompanyId, committeeId, fundEntryId, merchantName };
  let id: string;
  try {
    id = await once(ctx, viewer.actor, { operation: 'cofunding.contribution', scope: outlet.enterpriseId, key, request }, async (m) => {
      const row = stampCreated(
        Object.assign(new CofundingContribution(), {
          id: randomUUID(),
          enterpriseId: outlet.enterpriseId,
          ...request,
          note,
          idempotencyKey: key,
        }),
        viewer.actor,
        ctx.clock.now(),
      );
      await m.getRepository(CofundingContribution).insert(row);
      return row.id;
    });
  } catch (error) {
    // A committee fund entry pays for one contribution only: no yuan is counted twice.
    if (isUniqueViolation(error))
      throw conflict('That committee fund entry is already recorded as a contribution', { field: 'fundEntryId' });
    throw error;
  }
  return ctx.dataSource.getRepository(CofundingContribution).findOneByOrFail({ id });
}

/** An outlet's contributions and the totals by source (every source, zero when it gave nothing). */
export function summarise(contributions: CofundingContribution[]): Cofunding {
  const totals = Object.values(CofundingSource).map((source) => ({
    source,
    amount: Money.of(contributions.filter((c) => c.source === source).reduce((a, c) => a + c.amountFen, 0n)),
  }));
  return { contributions, totals, total: Money.of(totals.reduce((a, t) => a + t.amount.fen, 0n)) };
}
