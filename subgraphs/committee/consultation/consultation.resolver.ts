import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid } from '../../../shared/errors';
import { ConnectionResult, PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../neighbours/compound.ref';
import { JointVote } from '../vote/joint-vote.entity';
import { voteById } from '../vote/vote.loaders';
import { ConsultationStep } from './consultation-step.entity';
import { ConsultationTopic } from './consultation-topic.entity';
import { Consultation } from './consultation.entity';
import { stepsOf, topicsOf } from './consultation.loaders';
import { advanceConsultation, consultationList, consultationOf, proposeTopic, startConsultation } from './consultation.service';
import { AdvanceConsultationInput, ConsultationConnection, ProposeTopicInput, StartConsultationInput } from './consultation.types';

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Authorized()
  @Query(() => Consultation, { description: 'One consultation by id; consultations are public to everyone signed in.' })
  consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Consultation> {
    return consultationOf(ctx, id);
  }

  @Authorized()
  @Query(() => ConsultationConnection, { description: "A compound's consultations, oldest first." })
  consultations(
    @Arg('compoundId', () => ID) compoundId: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<Consultation>> {
    return consultationList.page(ctx, { compoundId: assertUuid(compoundId, 'compoundId') }, args);
  }

  @Authorized('committee_member')
  @Mutation(() => Consultation, { description: 'Starts a consultation, collecting topics (征).' })
  startConsultation(
    @Arg('input', () => StartConsultationInput) input: StartConsultationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation> {
    return startConsultation(ctx, input);
  }

  @Authorized('committee_member')
  @Mutation(() => Consultation, { description: 'Records the next stage; stages advance only in order.' })
  advanceConsultation(
    @Arg('input', () => AdvanceConsultationInput) input: AdvanceConsultationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation> {
    return advanceConsultation(ctx, input);
  }

  @Authorized('resident', 'owner', 'committee_member')
  @Mutation(() => ConsultationTopic, { description: 'Proposes a topic while the consultation collects them.' })
  proposeConsultationTopic(
    @Arg('input', () => ProposeTopicInput) input: ProposeTopicInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationTopic> {
    return proposeTopic(ctx, input);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() c: Consultation): Compound {
    return { id: c.compoundId };
  }

  @FieldResolver(() => [ConsultationStep], { description: 'The stages reached, in order.' })
  steps(@Root() c: Consultation, @Ctx() ctx: RequestContext): Promise<ConsultationStep[]> {
    return stepsOf(ctx).load(c.id);
  }

  @FieldResolver(() => JointVote, { nullable: true, description: "The owners' joint vote that decided, if one was linked." })
  decisionVote(@Root() c: Consultation, @Ctx() ctx: RequestContext): Promise<JointVote | null> | null {
    return c.decisionVoteId ? voteById(ctx).load(c.decisionVoteId) : null;
  }

  @FieldResolver(() => [ConsultationTopic], { description: 'Topics proposed, in order (authors are not shown).' })
  topics(@Root() c: Consultation, @Ctx() ctx: RequestContext): Promise<ConsultationTopic[]> {
    return topicsOf(ctx).load(c.id);
  }
}

@Resolver(() => ConsultationStep)
export class ConsultationStepResolver {
  @FieldResolver(() => JointVote, { nullable: true })
  vote(@Root() step: ConsultationStep, @Ctx() ctx: RequestContext): Promise<JointVote | null> | null {
    return step.voteId ? voteById(ctx).load(step.voteId) : null;
  }
}
