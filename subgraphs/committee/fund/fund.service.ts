import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { idempotencyKey } from '../../../shared/idempotency/idempotency-key';
import { once } from '../../../shared/idempotency/once';
import { setFilter } from '../../../shared/pagination/filters';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText } from '../../../shared/validation';
import { assertCommitteeWriter } from '../access/access';
import { FundEntry } from './fund-entry.entity';
import { FundDirection, FundEntryOrderField, FundEntryStatus, FundSource, ManualIncomeSource } from './fund.enums';
import { fundEntryById, reversalOf } from './fund.loaders';
import {
  PublicFund,
  type DecideFundSpendingInput,
  type FundEntryPageArgs,
  type RecordFundIncomeInput,
  type ReverseFundEntryInput,
  type SubmitFundSpendingInput,
} from './fund.types';
import { committeeOf, insertEntry, lockAccount, moveBalance, validAmount } from './fund-ledger.service';

/**
 * The public-affairs fund (公共事务经费). Every money-moving mutation runs at most once
 * per (operation, caller, idempotencyKey): the same key and input again returns the first
 * entry, the same key with another input is a CONFLICT.
 */

const inLedgerOrder = sortKey<FundEntry>('e', ['e.seq', (e) => e.seq]);

/** Compounds' ledgers, pending and rejected spendings included: every compound's page of a query in one statement. */
const fundEntryList = defineList<FundEntry, { statuses?: FundEntryStatus[] | null }, FundEntryOrderField>({
  entity: FundEntry,
  alias: 'e',
  filters: { statuses: (qb, statuses) => qb.andWhere('e.status = ANY(:statuses)', { statuses }) },
  order: inLedgerOrder,
  orders: {
    LEDGER: inLedgerOrder,
    SUBMITTED_AT: sortKey<FundEntry>('e', ['e.submitted_at', (e) => e.submittedAt.toISOString()]),
    AMOUNT: sortKey<FundEntry>('e', ['e.amount_fen', (e) => String(e.amountFen)]),
  },
  parent: { column: 'e.compound_id', of: (e) => e.compoundId },
});

/** A compound's fund ledger, as `PublicFund.entries` lists it. */
export function fundEntries(ctx: RequestContext, compoundId: string, args: FundEntryPageArgs) {
  return fundEntryList.pageOf(ctx, compoundId, { statuses: setFilter(args.statuses, null, { set: 'statuses', single: 'status' }) }, args);
}

/** A compound's fund; its figures and ledger resolve from the compound id. */
export function publicFundOf(compoundId: string): PublicFund {
  return Object.assign(new PublicFund(), { compoundId });
}

/** A fund entry just written, as the mutation returns it. */
export function fundEntryOf(ctx: RequestContext, id: string): Promise<FundEntry> {
  return ctx.dataSource.getRepository(FundEntry).findOneByOrFail({ id });
}

/** An entry and whether a reversal has corrected it (the money went back); null when unknown. */
export async function entryWithReversal(ctx: RequestContext, id: string): Promise<{ entry: FundEntry; reversed: boolean } | null> {
  const entry = await fundEntryById(ctx).load(id);
  if (!entry) return null;
  return { entry, reversed: (await reversalOf(ctx).load(entry.id)) !== null };
}

export async function recordIncome(ctx: RequestContext, input: RecordFundIncomeInput): Promise<FundEntry> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  if (!(Object.values(ManualIncomeSource) as string[]).includes(input.source))
    throw badInput('source must be CROWDFUNDING or DONATION', { field: 'source' });
  const amountFen = validAmount(input.amountFen);
  const description = boundedText(input.description, 'description', 500);
  const key = idempotencyKey(input.idempotencyKey);
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  const request = { compoundId, source: input.source, amountFen: amountFen.toString(), description };
  const entryId = await once(ctx, viewer.actor, { operation: 'fund.income', scope: viewer.actor, key, request }, async (m) => {
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
  return fundEntryOf(ctx, entryId);
}

export async function submitSpending(ctx: RequestContext, input: SubmitFundSpendingInput): Promise<FundEntry> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const amountFen = validAmount(input.amountFen);
  const description = boundedText(input.description, 'description', 500);
  const key = idempotencyKey(input.idempotencyKey);
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  const request = { compoundId, amountFen: amountFen.toString(), description };
  const entryId = await once(ctx, viewer.actor, { operation: 'fund.spending', scope: viewer.actor, key, request }, async (m) => {
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
  return fundEntryOf(ctx, entryId);
}

/** Approves (moves the money) or rejects a pending spending; the decider is never the submitter. */
export async function decideSpending(ctx: RequestContext, input: DecideFundSpendingInput, approve: boolean): Promise<FundEntry> {
  const entryId = assertUuid(input.entryId, 'entryId');
  const note = input.note ? boundedText(input.note, 'note', 500) : null;
  const key = idempotencyKey(input.idempotencyKey);
  const at = ctx.clock.now();
  const viewer = requireViewer(ctx);
  const operation = approve ? 'fund.approve' : 'fund.reject';
  await once(ctx, viewer.actor, { operation, scope: viewer.actor, key, request: { entryId, note } }, async (m) => {
    const entry = await loadOrNotFound(m.getRepository(FundEntry).findOneBy({ id: entryId }), 'FundEntry', entryId);
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
  return fundEntryOf(ctx, entryId);
}

/** A correction: a new entry in the opposite direction; the original stays as it was. */
export async function reverseEntry(ctx: RequestContext, input: ReverseFundEntryInput): Promise<FundEntry> {
  const entryId = assertUuid(input.entryId, 'entryId');
  const reason = boundedText(input.reason, 'reason', 500);
  const key = idempotencyKey(input.idempotencyKey);
  const at = ctx.clock.now();
  const viewer = requireViewer(ctx);
  const reversalId = await once(
    ctx,
    viewer.actor,
    { operation: 'fund.reverse', scope: viewer.actor, key, request: { entryId, reason } },
    async (m) => {
      const original = await loadOrNotFound(m.getRepository(FundEntry).findOneBy({ id: entryId }), 'FundEntry', entryId);
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
    },
  );
  return fundEntryOf(ctx, reversalId);
}
