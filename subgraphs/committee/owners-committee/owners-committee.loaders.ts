import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CommitteeSeat, CommitteeTerm } from './committee-term.entity';
import { OwnersCommittee } from './owners-committee.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

/** A compound's committee: one statement for every compound of a page. */
export function committeeByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnersCommittee | null>('committeeByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource.getRepository(OwnersCommittee).findBy({ compoundId: In([...compoundIds]) });
    return byKeys(compoundIds, rows, (r) => r.compoundId, null);
  });
}

export function committeeById(ctx: RequestContext) {
  return byIdLoader(ctx, 'committeeById', OwnersCommittee);
}

export function termsByCommittee(ctx: RequestContext) {
  return groupedLoader(ctx, 'termsByCommittee', CommitteeTerm, 'committeeId', { startsOn: 'ASC', id: 'ASC' });
}

const ROLE_ORDER = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 } as const;

export function seatsByTerm(ctx: RequestContext) {
  return ctx.loaders.get<string, CommitteeSeat[]>('seatsByTerm', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CommitteeSeat).find({ where: { termId: In([...ids]) }, order: { id: 'ASC' } });
    rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    return groupedByKeys(ids, rows, (r) => r.termId);
  });
}
