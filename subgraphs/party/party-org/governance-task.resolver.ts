import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { GovernanceTask } from './governance-task.entity';
import { PartyMember } from './party-member.entity';
import { memberById } from './party-org.loaders';
import { claimGovernanceTask, completeGovernanceTask, createGovernanceTask, releaseGovernanceTask } from './party-org.service';
import { CreateGovernanceTaskInput } from './party-org.types';

@Resolver(() => GovernanceTask)
export class GovernanceTaskResolver {
  @Authorized('party_secretary', 'grid_worker', 'admin')
  @Mutation(() => GovernanceTask, { description: 'Post a governance task for Party members to claim.' })
  createGovernanceTask(
    @Arg('input', () => CreateGovernanceTaskInput) input: CreateGovernanceTaskInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTask> {
    return createGovernanceTask(ctx, input);
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Claim (认领) an open task; one member at a time.' })
  claimGovernanceTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GovernanceTask> {
    return claimGovernanceTask(ctx, id);
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Give a claimed task back (only its claimer).' })
  releaseGovernanceTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GovernanceTask> {
    return releaseGovernanceTask(ctx, id);
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Mark a claimed task done (only its claimer).' })
  completeGovernanceTask(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => String) outcome: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTask> {
    return completeGovernanceTask(ctx, id, outcome);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  claimedBy(@Root() t: GovernanceTask, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return t.claimedByMemberId ? memberById(ctx).load(t.claimedByMemberId) : Promise.resolve(null);
  }
}
