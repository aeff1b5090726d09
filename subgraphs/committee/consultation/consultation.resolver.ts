import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import { Connection, ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../compound/compound.ref';
import { JointVote } from '../vote/joint-vote.entity';
import { voteById } from '../vote/vote.loaders';
import {
  AdvanceConsultationInput,
  Consultation,
  ConsultationStep,
  ConsultationTopic,
  ProposeTopicInput,
  StartConsultationInput,
} from './consultation.entity';
import { advanceConsultation, proposeTopic, startConsultation } from './consultation.service';
import { groupedLoader } from '../../../shared/db/entity-loaders';

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {}

function stepsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'consultationSteps', ConsultationStep, 'consultationId', { seq: 'ASC' });
}

function topicsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'consultationTopics', ConsultationTopic, 'consultationId', { seq: 'ASC' });
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Authorized()
  @Query(() => Consultation, { description: 'One consultation by id; consultations are public to everyone signed in.' })
  async consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Consultation> {
    const found = await ctx.dataSource.getRepository(Consultation).findOneBy({ id: assertUuid(id) });
    if (!found) throw notFound('Consultation', id);
    return found;
  }

  @Authorized()
  @Query(() => ConsultationConnection, { description: "A compound's consultations, oldest first." })
  consultations(
    @Arg('compoundId', () => ID) compoundId: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<Consultation>> {
    const qb = ctx.dataSource
      .getRepository(Consultation)
      .createQueryBuilder('c')
      .where('c.compound_id = :id', { id: assertUuid(compoundId, 'compoundId') });
    return paginate(qb, args, { column: 'c.created_at', idColumn: 'c.id', valueOf: (c) => c.createdAt.toISOString(), idOf: (c) => c.id });
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

  @FieldResolver(() => Compound)
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
