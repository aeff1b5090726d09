import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { committeeByCompound } from '../owners-committee/owners-committee.loaders';
import { Compound } from './compound.ref';

@Resolver(() => Compound)
export class CompoundCommitteeResolver {
  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The compound's owners' committee, if it has one." })
  ownersCommittee(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<OwnersCommittee | null> {
    return committeeByCompound(ctx).load(compound.id);
  }
}
