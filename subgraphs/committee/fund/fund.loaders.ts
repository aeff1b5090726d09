import { In } from 'typeorm';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { FundEntry } from './fund-entry.entity';

/** FundEntry.reverses and `_entities` references over a ledger page: one statement. */
export function fundEntryById(ctx: RequestContext) {
  return byIdLoader(ctx, 'fundEntryById', FundEntry);
}

/** Settlement.fundEntry over enterprise's settlement lists: one statement for the page. */
export function fundEntryBySettlement(ctx: RequestContext) {
  return ctx.loaders.get<string, FundEntry | null>('fundEntryBySettlement', async (ids) => {
    const rows = await ctx.dataSource.getRepository(FundEntry).findBy({ settlementId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.settlementId!, null);
  });
}

/** FundEntry.reversedBy over a ledger page: one statement, not one per entry. */
export function reversalOf(ctx: RequestContext) {
  return ctx.loaders.get<string, FundEntry | null>('reversalOf', async (ids) => {
    const rows = await ctx.dataSource.getRepository(FundEntry).findBy({ reversesEntryId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.reversesEntryId!, null);
  });
}

/** PublicFund.balance and .pendingSpending of many compounds (Compound.publicFund over a list): one statement. */
export function fundBalanceByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, { balance: bigint; pending: bigint }>('fundBalanceByCompound', async (ids) => {
    const rows: { compound_id: string; balance: string; pending: string }[] = await ctx.dataSource.query(
      `SELECT a.compound_id, a.balance_fen::text AS balance,
              (SELECT coalesce(sum(e.amount_fen), 0) FROM fund_entry e WHERE e.compound_id = a.compound_id AND e.status = 'PENDING_APPROVAL')::text AS pending
         FROM fund_account a WHERE a.compound_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return byKeys(ids, rows, (r) => r.compound_id, null).map((r) =>
      r ? { balance: BigInt(r.balance), pending: BigInt(r.pending) } : { balance: 0n, pending: 0n },
    );
  });
}
