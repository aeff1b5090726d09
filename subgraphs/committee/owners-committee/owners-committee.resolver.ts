import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../compound/compound.ref';
import { OwnersCommittee } from './owners-committee.entity';
import { committeeById } from './owners-committee.loaders';

@Resolver(() => OwnersCommittee)
export class OwnersCommitteeResolver {
  @Authorized()
  @Query(() => OwnersCommittee, { description: "One owners' committee by id." })
  async ownersCommittee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OwnersCommittee> {
    const found = await committeeById(ctx).load(assertUuid(id));
    if (!found) throw notFound('OwnersCommittee', id);
    return found;
  }

  @FieldResolver(() => Compound)
  compound(@Root() committee: OwnersCommittee): Compound {
    return { id: committee.compoundId };
  }
}
