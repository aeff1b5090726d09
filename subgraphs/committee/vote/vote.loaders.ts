import { In } from 'typeorm';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Ballot } from './ballot.entity';
import { JointVote } from './joint-vote.entity';

export function voteById(ctx: RequestContext) {
  return ctx.loaders.get<string, JointVote | null>('voteById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(JointVote).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

/** The signed-in resident's own ballot in each vote: the only way a ballot is ever read. */
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
