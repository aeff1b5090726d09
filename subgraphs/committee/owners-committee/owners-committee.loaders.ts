import { In } from 'typeorm';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { OwnersCommittee } from './owners-committee.entity';

/** A compound's committee: one statement for every compound of a page. */
export function committeeByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnersCommittee | null>('committeeByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource.getRepository(OwnersCommittee).findBy({ compoundId: In([...compoundIds]) });
    return byKeys(compoundIds, rows, (r) => r.compoundId, null);
  });
}

export function committeeById(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnersCommittee | null>('committeeById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OwnersCommittee).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
