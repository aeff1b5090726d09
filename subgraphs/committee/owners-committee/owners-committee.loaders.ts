import { In } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { byIdLoader, columnsFor, groupedLoader, rowsWhereIn } from '../../../shared/db/entity-loaders';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeRole } from './owners-committee.enums';
import { CommitteeTerm } from './committee-term.entity';
import { OwnersCommittee } from './owners-committee.entity';

/** Compound.ownersCommittee and PublicFund.committee over a page of compounds: one statement, not one per compound. */
export function committeeByCompound(ctx: RequestContext, info?: GraphQLResolveInfo) {
  const { only, name } = columnsFor(ctx.dataSource, OwnersCommittee, info, 'committeeByCompound', ['compoundId']);
  return ctx.loaders.get<string, OwnersCommittee | null>(name, async (compoundIds) => {
    const rows = await rowsWhereIn(ctx.dataSource, OwnersCommittee, 'compoundId', compoundIds, {}, only);
    return byKeys(compoundIds, rows, (r) => r.compoundId, null);
  });
}

/** FundEntry.committee and `_entities` references: one statement for every committee of a page. */
export function committeeById(ctx: RequestContext) {
  return byIdLoader(ctx, 'committeeById', OwnersCommittee);
}

/** OwnersCommittee.terms and .currentTerm of many committees: one statement. */
export function termsByCommittee(ctx: RequestContext) {
  return groupedLoader(ctx, 'termsByCommittee', CommitteeTerm, 'committeeId', { startsOn: 'ASC', id: 'ASC' });
}

const ROLE_ORDER: Record<CommitteeRole, number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

/** CommitteeTerm.seats of every term listed: one statement, chair first. */
export function seatsByTerm(ctx: RequestContext) {
  return ctx.loaders.get<string, CommitteeSeat[]>('seatsByTerm', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CommitteeSeat).find({ where: { termId: In([...ids]) }, order: { id: 'ASC' } });
    rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    return groupedByKeys(ids, rows, (r) => r.termId);
  });
}
