import { byIdLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Ballot } from './ballot.entity';
import { JointVote } from './joint-vote.entity';

/** The vote behind terms, ballots, consultation steps and document versions of a list: one statement. */
export function voteById(ctx: RequestContext) {
  return byIdLoader(ctx, 'voteById', JointVote);
}

/** JointVote.myBallot over a page of votes: one statement; the signed-in resident's own ballot is the only way a ballot is read. */
export function myBallotByVote(ctx: RequestContext, residentId: string) {
  return ctx.loaders.get<string, Ballot | null>(`myBallotByVote:${residentId}`, async (voteIds) => {
    const rows = await ctx.dataSource
      .getRepository(Ballot)
      .createQueryBuilder('b')
      .innerJoin('owner', 'o', 'o.id = b.owner_id')
      .where('b.vote_id IN (:...ids)', { ids: [...voteIds] })
      .andWhere('o.resident_id = :r', { r: residentId })
      .getMany();
    return byKeys(voteIds, rows, (r) => r.voteId, null);
  });
}
