import { In } from 'typeorm';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { FundEntry } from './fund-entry.entity';

export function fundEntryById(ctx: RequestContext) {
  return ctx.loaders.get<string, FundEntry | null>('fundEntryById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(FundEntry).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function fundEntryBySettlement(ctx: RequestContext) {
  return ctx.loaders.get<string, FundEntry | null>('fundEntryBySettlement', async (ids) => {
    const rows = await ctx.dataSource.getRepository(FundEntry).findBy({ settlementId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.settlementId!, null);
  });
}

export function reversalOf(ctx: RequestContext) {
  return ctx.loaders.get<string, FundEntry | null>('reversalOf', async (ids) => {
    const rows = await ctx.dataSource.getRepository(FundEntry).findBy({ reversesEntryId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.reversesEntryId!, null);
  });
}

export function fundBalanceByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, bigint>('fundBalanceByCompound', async (ids) => {
    const rows: { compound_id: string; balance: string }[] = await ctx.dataSource.query(
      'SELECT compound_id, balance_fen::text AS balance FROM fund_account WHERE compound_id = ANY($1::uuid[])',
      [[...ids]],
    );
    return byKeys(ids, rows, (r) => r.compound_id, null).map((r) => (r ? BigInt(r.balance) : 0n));
  });
}
