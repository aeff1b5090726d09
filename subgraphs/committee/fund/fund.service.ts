import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { receiveOnce } from '../../../shared/handover/receiver';
import type { RequestContext } from '../../../shared/server/context';
import { assertCommitteeWriter } from '../access';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { FundEntry } from './fund-entry.entity';
import {
  ApplySettlementRebateInput,
  DecideFundSpendingInput,
  FundDirection,
  FundEntryStatus,
  FundSource,
  ManualIncomeSource,
  RecordFundIncomeInput,
  ReverseFundEntryInput,
  SubmitFundSpendingInput,
} from './fund.types';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';
import { boundedText } from '../../../shared/validation';

/** The largest single amount: 10 million yuan; keeps typos (extra zeros) out of the ledger. */
const MAX_AMOUNT_FEN = 1_000_000_000n;
const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function validAmount(value: unknown, field = 'amountFen'): bigint {
  if (typeof value !== 'bigint' || value <= 0n || value > MAX_AMOUNT_FEN)
    throw badInput(`${field} must be a whole number of fen from 1 to ${MAX_AMOUNT_FEN}`, { field });
  return value;
}

function validKey(value: unknown): string {
  if (typeof value !== 'string' || value.length < 8 || value.length > 200)
    throw badInput('idempotencyKey must be 8 to 200 characters', { field: 'idempotencyKey' });
  return value;
}

/** The committee of a compound, required before its fund can move. */
async function committeeOf(m: EntityManager, compoundId: string): Promise<OwnersCommittee> {
  const committee = await m.getRepository(OwnersCommittee).findOneBy({ compoundId });
  if (!committee) throw notFound(`Owners' committee of compound ${compoundId}`);
  return committee;
}

/**
 * The compound's fund account, created on first use and locked FOR UPDATE: every
 * movement of one compound's money waits here for the previous one, so the balance is
 * checked against what is really there.
 */
async function lockAccount(m: EntityManager, committee: OwnersCommittee, actor: string, at: Date): Promise<bigint> {
  await m.query(
    `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, 0, $3, $4, $3, $4) ON CONFLICT (compound_id) DO NOTHING`,
    [committee.compoundId, committee.id, actor, at],
  );
  const [row] = await m.query('SELECT balance_fen::text AS balance FROM fund_account WHERE compound_id = $1 FOR UPDATE', [
    committee.compoundId,
  ]);
  return BigInt(row.balance);
}

async function moveBalance(m: EntityManager, compoundId: string, balance: bigint, actor: string, at: Date): Promise<void> {
  await m.query('UPDATE fund_account SET balance_fen = $2, updated_by = $3, updated_at = $4 WHERE compound_id = $1', [
    compoundId,
    balance.toString(),
    actor,
    at,
  ]);
}

interface NewEntry {
  committee: OwnersCommittee;
  direction: FundDirection;
  source: FundSource;
  amountFen: bigint;
  description: string;
  status: FundEntryStatus;
  actor: string;
  at: Date;
  balanceAfter?: bigint;
  reversesEntryId?: string;
  settlementId?: string;
  period?: string;
}

async function insertEntry(m: EntityManager, e: NewEntry): Promise<string> {
  const id = randomUUID();
  const posted = e.status === FundEntryStatus.POSTED;
  await m.query(
    `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at,
                             posted_at, balance_after_fen, reverses_entry_id, settlement_id, period, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $9, $10, $9, $10)`,
    [
      id,
      e.committee.compoundId,
      e.committee.id,
      e.direction,
      e.source,
      e.amountFen.toString(),
      e.description,
      e.status,
      e.actor,
      e.at,
      posted ? e.at : null,
      posted ? e.balanceAfter!.toString() : null,
      e.reversesEntryId ?? null,
      e.settlementId ?? null,
      e.period ?? null,
    ],
  );
  return id;
}

/**
 * A money-moving mutation made idempotent with the shared receiver: (topic, actor +
 * key) is applied once; the same input again returns the first entry, another input
 * with the same key is a CONFLICT.
 */
async function idempotent(
  ctx: RequestContext,
  operation: string,
  key: string,
  payload: Record<string, unknown>,
  apply: (m: EntityManager) => Promise<string>,
): Promise<FundEntry> {
  const viewer = requireViewer(ctx);
  const { entryId } = await receiveOnce(
    ctx.dataSource,
    { topic: `fund.${operation}`, recordId: `${viewer.actor}:${key}`, payload, receivedBy: viewer.actor, at: ctx.clock.now() },
    async (m) => ({ entryId: await apply(m) }),
  );
  return ctx.dataSource.getRepository(FundEntry).findOneByOrFail({ id: entryId });
}

export async function recordIncome(ctx: RequestContext, input: RecordFundIncomeInput): Promise<FundEntry> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  if (!(Object.values(ManualIncomeSource) as string[]).includes(input.source))
    throw badInput('source must be CROWDFUNDING or DONATION', { field: 'source' });
  const amountFen = validAmount(input.amountFen);
  const description = boundedText(input.description, 'description', 500);
  const key = validKey(input.idempotencyKey);
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  return idempotent(ctx, 'income', key, { compoundId, source: input.source, amountFen: amountFen.toString(), description }, async (m) => {
    const committee = await committeeOf(m, compoundId);
    const balance = await lockAccount(m, committee, viewer.actor, at);
    const after = balance + amountFen;
    await moveBalance(m, compoundId, after, viewer.actor, at);
    return insertEntry(m, {
      committee,
      direction: FundDirection.INCOME,
      source: input.source as unknown as FundSource,
      amountFen,
      description,
      status: FundEntryStatus.POSTED,
      actor: viewer.actor,
      at,
      balanceAfter: after,
    });
  });
}

export async function submitSpending(ctx: RequestContext, input: SubmitFundSpendingInput): Promise<FundEntry> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const amountFen = validAmount(input.amountFen);
  const description = boundedText(input.description, 'description', 500);
  const key = validKey(input.idempotencyKey);
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  return idempotent(ctx, 'spending', key, { compoundId, amountFen: amountFen.toString(), description }, async (m) => {
    const committee = await committeeOf(m, compoundId);
    const balance = await lockAccount(m, committee, viewer.actor, at);
    // Pending spendings hold their money until decided, so the submissions that get
    // through can all be approved; approval checks the balance again (a reversal may
    // have taken money out meanwhile).
    const [pending] = await m.query(
      `SELECT coalesce(sum(amount_fen), 0)::text AS fen FROM fund_entry WHERE compound_id = $1 AND status = 'PENDING_APPROVAL'`,
      [compoundId],
    );
    const available = balance - BigInt(pending.fen);
    if (amountFen > available) {
      throw conflict(`The fund has ${available} fen not yet committed (balance ${balance}); this spending needs ${amountFen}`, {
        balanceFen: balance.toString(),
        availableFen: available.toString(),
        shortfallFen: (amountFen - available).toString(),
      });
    }
    return insertEntry(m, {
      committee,
      direction: FundDirection.SPENDING,
      source: FundSource.ACTIVITY,
      amountFen,
      description,
      status: FundEntryStatus.PENDING_APPROVAL,
      actor: viewer.actor,
      at,
    });
  });
}

/** Approves (moves the money) or rejects a pending spending; the decider is never the submitter. */
export async function decideSpending(ctx: RequestContext, input: DecideFundSpendingInput, approve: boolean): Promise<FundEntry> {
  const entryId = assertUuid(input.entryId, 'entryId');
  const note = input.note ? boundedText(input.note, 'note', 500) : null;
  const key = validKey(input.idempotencyKey);
  const at = ctx.clock.now();
  const viewer = requireViewer(ctx);
  return idempotent(ctx, approve ? 'approve' : 'reject', key, { entryId, note }, async (m) => {
    const entry = await m.getRepository(FundEntry).findOneBy({ id: entryId });
    if (!entry) throw notFound('FundEntry', entryId);
    assertCommitteeWriter(ctx, entry.compoundId);
    const committee = await committeeOf(m, entry.compoundId);
    // Lock the account first, then re-read the entry: two approvals of one entry serialise here.
    const balance = await lockAccount(m, committee, viewer.actor, at);
    const [current] = await m.query('SELECT status, submitted_by FROM fund_entry WHERE id = $1 FOR UPDATE', [entryId]);
    if (current.status !== FundEntryStatus.PENDING_APPROVAL)
      throw conflict(`This entry is ${current.status}, not waiting for approval`, { entryId });
    if (current.submitted_by === viewer.actor)
      throw forbidden('A spending needs the decision of a committee member other than the one who submitted it');
    if (!approve) {
      await m.query(
        `UPDATE fund_entry SET status = 'REJECTED', decided_by = $2, decided_at = $3, decision_note = $4, updated_by = $2, updated_at = $3 WHERE id = $1`,
        [entryId, viewer.actor, at, note],
      );
      return entryId;
    }
    if (entry.amountFen > balance)
      throw conflict(`The fund holds ${balance} fen; this spending needs ${entry.amountFen}`, {
        balanceFen: balance.toString(),
        shortfallFen: (entry.amountFen - balance).toString(),
      });
    const after = balance - entry.amountFen;
    await moveBalance(m, entry.compoundId, after, viewer.actor, at);
    await m.query(
      `UPDATE fund_entry SET status = 'POSTED', decided_by = $2, decided_at = $3, decision_note = $4, posted_at = $3, balance_after_fen = $5, updated_by = $2, updated_at = $3 WHERE id = $1`,
      [entryId, viewer.actor, at, note, after.toString()],
    );
    return entryId;
  });
}

/** A correction: a new entry in the opposite direction; the original stays as it was. */
export async function reverseEntry(ctx: RequestContext, input: ReverseFundEntryInput): Promise<FundEntry> {
  const entryId = assertUuid(input.entryId, 'entryId');
  const reason = boundedText(input.reason, 'reason', 500);
  const key = validKey(input.idempotencyKey);
  const at = ctx.clock.now();
  const viewer = requireViewer(ctx);
  return idempotent(ctx, 'reverse', key, { entryId, reason }, async (m) => {
    const original = await m.getRepository(FundEntry).findOneBy({ id: entryId });
    if (!original) throw notFound('FundEntry', entryId);
    assertCommitteeWriter(ctx, original.compoundId);
    if (original.status !== FundEntryStatus.POSTED)
      throw conflict('Only a posted entry can be reversed; a pending spending is rejected instead', { entryId });
    if (original.source === FundSource.REVERSAL) throw conflict('A reversal cannot itself be reversed', { entryId });
    const committee = await committeeOf(m, original.compoundId);
    const balance = await lockAccount(m, committee, viewer.actor, at);
    const [already] = await m.query('SELECT id FROM fund_entry WHERE reverses_entry_id = $1', [entryId]);
    if (already) throw conflict('This entry has already been reversed', { entryId, reversalId: already.id });
    const direction = original.direction === FundDirection.INCOME ? FundDirection.SPENDING : FundDirection.INCOME;
    const after = direction === FundDirection.INCOME ? balance + original.amountFen : balance - original.amountFen;
    if (after < 0n)
      throw conflict(`Reversing this income would take the fund below zero (balance ${balance} fen)`, { balanceFen: balance.toString() });
    await moveBalance(m, original.compoundId, after, viewer.actor, at);
    return insertEntry(m, {
      committee,
      direction,
      source: FundSource.REVERSAL,
      amountFen: original.amountFen,
      description: reason,
      status: FundEntryStatus.POSTED,
      actor: viewer.actor,
      at,
      balanceAfter: after,
      reversesEntryId: entryId,
    });
  });
}

/**
 * The enterprise subgraph's hand-over (topic `settlement.rebate`, keyed by settlement
 * id): applied once; a replay returns the same entry and writes nothing; the same
 * settlement with other content is a CONFLICT; a committee not of that compound is a
 * permanent refusal.
 */
export async function applySettlementRebate(ctx: RequestContext, input: ApplySettlementRebateInput): Promise<FundEntry> {
  const settlementId = assertUuid(input.settlementId, 'settlementId');
  const committeeId = assertUuid(input.committeeId, 'committeeId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const amountFen = validAmount(input.amountFen);
  if (typeof input.period !== 'string' || !PERIOD_RE.test(input.period))
    throw badInput('period must be a month YYYY-MM', { field: 'period' });
  const viewer = requireViewer(ctx);
  const at = ctx.clock.now();
  const payload = { settlementId, committeeId, compoundId, amountFen: amountFen.toString(), period: input.period };
  const { entryId } = await receiveOnce(
    ctx.dataSource,
    { topic: SETTLEMENT_REBATE_TOPIC, recordId: settlementId, payload, receivedBy: viewer.actor, at },
    async (m) => {
      const committee = await m.getRepository(OwnersCommittee).findOneBy({ id: committeeId });
      if (!committee) throw notFound('OwnersCommittee', committeeId);
      if (committee.compoundId !== compoundId)
        throw forbidden(`Committee ${committeeId} is not the owners' committee of compound ${compoundId}`);
      const balance = await lockAccount(m, committee, viewer.actor, at);
      const after = balance + amountFen;
      await moveBalance(m, compoundId, after, viewer.actor, at);
      const id = await insertEntry(m, {
        committee,
        direction: FundDirection.INCOME,
        source: FundSource.SETTLEMENT_REBATE,
        amountFen,
        description: `Settlement rebate for ${input.period}`,
        status: FundEntryStatus.POSTED,
        actor: viewer.actor,
        at,
        balanceAfter: after,
        settlementId,
        period: input.period,
      });
      return { entryId: id };
    },
  );
  return ctx.dataSource.getRepository(FundEntry).findOneByOrFail({ id: entryId });
}
