import { randomUUID } from 'node:crypto';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import type { Viewer } from '../../../shared/auth/viewer';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole, PARTY_ROLES } from '../common/access';
import { inTransaction } from '../common/tx';
import { optionalText, requiredText } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import { compoundById } from '../org-tree/org-tree.loaders';
import {
  GovernanceTask,
  GovernanceTaskStatus,
  Membership,
  PartyMember,
  PartyOrganisation,
  PartyOrganisationKind,
  PartyPosition,
} from './party-org.entity';
import { byKeys } from '../../../shared/db/loaders';
import { In } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class PartyMemberConnection extends Connection(PartyMember) {}

@ObjectType()
export class GovernanceTaskConnection extends Connection(GovernanceTask) {}

@InputType()
export class CreatePartyOrganisationInput {
  @Field(() => ID) compoundId: string;
  @Field(() => PartyOrganisationKind) kind: PartyOrganisationKind;
  @Field(() => String) name: string;
}

@InputType()
export class AppointPartyOfficerInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => PartyPosition) position: PartyPosition;
  @Field(() => String, { nullable: true, description: 'Their user id, if they sign in.' }) userId?: string | null;
  @Field(() => Membership, { nullable: true, description: 'Default LOCAL.' }) membership?: Membership | null;
  @Field(() => String, { nullable: true }) homeOrganisation?: string | null;
}

@InputType()
export class ReportInInput {
  @Field(() => ID, { description: 'The compound whose station they report in at.' }) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => Membership) membership: Membership;
  @Field(() => String, { nullable: true, description: 'Required when the membership is held elsewhere.' }) homeOrganisation?: string | null;
}

@InputType()
export class CreateGovernanceTaskInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@ArgsType()
export class GovernanceTaskPageArgs extends PageArgs {
  @Field(() => GovernanceTaskStatus, { nullable: true }) status?: GovernanceTaskStatus | null;
}

const organisationByCompound = (ctx: RequestContext) =>
  ctx.loaders.get<string, PartyOrganisation | null>('organisationByCompound', async (ids) => {
    const rows = await ctx.dataSource.getRepository(PartyOrganisation).findBy({ compoundId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.compoundId, null);
  });
const memberById = (ctx: RequestContext) => byIdLoader(ctx, 'partyMemberById', PartyMember);
const officersByOrganisation = (ctx: RequestContext) =>
  ctx.loaders.get<string, PartyMember[]>('officersByOrganisation', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(PartyMember)
      .createQueryBuilder('p')
      .where('p.organisation_id IN (:...ids)', { ids: [...ids] })
      .andWhere(`p.position <> 'MEMBER'`)
      .orderBy('p.position')
      .addOrderBy('p.name')
      .getMany();
    return ids.map((id) => rows.filter((r) => r.organisationId === id));
  });

function homeOrganisationOf(membership: Membership, value: string | null | undefined): string | null {
  const home = optionalText(value, 'homeOrganisation', 100);
  if (membership === Membership.ELSEWHERE && !home)
    throw badInput('Say which organisation holds the membership (homeOrganisation)', { field: 'homeOrganisation' });
  return membership === Membership.LOCAL ? null : home;
}

async function organisationOf(m: EntityManager, compoundId: string): Promise<PartyOrganisation> {
  const org = await m.findOneBy(PartyOrganisation, { compoundId });
  if (!org) throw notFound('Party organisation of compound', compoundId);
  return org;
}

/** The member record the viewer reported in with at this compound; FORBIDDEN if none. */
export async function reportedInMember(m: EntityManager, viewer: Viewer, compoundId: string): Promise<PartyMember> {
  const member = await m
    .getRepository(PartyMember)
    .createQueryBuilder('p')
    .where('p.compound_id = :compoundId AND p.user_id = :user AND p.reported_in_at IS NOT NULL', { compoundId, user: viewer.actor })
    .getOne();
  if (!member) throw forbidden('Report in (报到) at this compound first');
  return member;
}

@Resolver(() => PartyOrganisation)
export class PartyOrganisationResolver {
  @Authorized('party_secretary', 'admin')
  @Mutation(() => PartyOrganisation, { description: "Set up the compound's Party branch or comprehensive Party committee." })
  async createPartyOrganisation(
    @Arg('input', () => CreatePartyOrganisationInput) input: CreatePartyOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyOrganisation> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
    const row = Object.assign(new PartyOrganisation(), {
      id: randomUUID(),
      compoundId,
      kind: input.kind,
      name: requiredText(input.name, 'name', 100),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      if (await m.findOneBy(PartyOrganisation, { compoundId })) throw conflict('This compound already has a Party organisation');
      await m.insert(PartyOrganisation, row);
      return row;
    });
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => PartyMember, {
    description: 'Appoint the secretary, a group leader or the Party-building instructor (one secretary, one instructor).',
  })
  async appointPartyOfficer(
    @Arg('input', () => AppointPartyOfficerInput) input: AppointPartyOfficerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyMember> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
    const name = requiredText(input.name, 'name', 50);
    if (input.position === PartyPosition.MEMBER)
      throw badInput('Members report in themselves; appoint an officer position', { field: 'position' });
    const membership = input.membership ?? Membership.LOCAL;
    const homeOrganisation = homeOrganisationOf(membership, input.homeOrganisation);
    const userId = optionalText(input.userId, 'userId', 100);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const org = await organisationOf(m, compoundId);
      const taken = [PartyPosition.SECRETARY, PartyPosition.INSTRUCTOR].includes(input.position)
        ? await m.findOneBy(PartyMember, { organisationId: org.id, position: input.position })
        : null;
      if (taken) throw conflict(`The organisation already has a ${input.position.toLowerCase()}`);
      const existing = userId ? await m.findOneBy(PartyMember, { organisationId: org.id, userId }) : null;
      if (existing) {
        existing.position = input.position;
        stampUpdated(existing, viewer.actor, now);
        return m.save(existing);
      }
      const row = Object.assign(new PartyMember(), {
        id: randomUUID(),
        organisationId: org.id,
        compoundId,
        userId,
        name,
        membership,
        homeOrganisation,
        position: input.position,
        reportedInAt: null,
      });
      stampCreated(row, viewer.actor, now);
      await m.insert(PartyMember, row);
      return row;
    });
  }

  @FieldResolver(() => Compound)
  async compound(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(org.compoundId))!;
  }

  @FieldResolver(() => [PartyMember], { description: 'Secretary, deputies, group leaders and the instructor.' })
  officers(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return officersByOrganisation(ctx).load(org.id);
  }

  @FieldResolver(() => PartyMemberConnection, { description: 'Everyone on the roll, by name.' })
  members(
    @Root() org: PartyOrganisation,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyMemberConnection> {
    const qb = ctx.dataSource.getRepository(PartyMember).createQueryBuilder('p').where('p.organisation_id = :id', { id: org.id });
    return paginate(qb, args, { column: 'p.name', idColumn: 'p.id', valueOf: (p) => p.name, idOf: (p) => p.id });
  }
}

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Authorized('party_member')
  @Mutation(() => PartyMember, {
    description: 'A Party member reports in (报到) at the compound station, whether the membership is held here or elsewhere.',
  })
  async reportInAsPartyMember(@Arg('input', () => ReportInInput) input: ReportInInput, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    const viewer = requireViewer(ctx);
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const name = requiredText(input.name, 'name', 50);
    const homeOrganisation = homeOrganisationOf(input.membership, input.homeOrganisation);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const org = await organisationOf(m, compoundId);
      const existing = await m.findOne(PartyMember, {
        where: { organisationId: org.id, userId: viewer.actor },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.reportedInAt) throw conflict('You have already reported in at this compound');
      if (existing) {
        // An appointed officer reporting in for the first time.
        Object.assign(existing, { name, membership: input.membership, homeOrganisation, reportedInAt: now });
        stampUpdated(existing, viewer.actor, now);
        return m.save(existing);
      }
      const row = Object.assign(new PartyMember(), {
        id: randomUUID(),
        organisationId: org.id,
        compoundId,
        userId: viewer.actor,
        name,
        membership: input.membership,
        homeOrganisation,
        position: PartyPosition.MEMBER,
        reportedInAt: now,
      });
      stampCreated(row, viewer.actor, now);
      await m.insert(PartyMember, row);
      return row;
    });
  }

  @Authorized()
  @Query(() => [PartyMember], { description: "The signed-in member's report-ins and status, one per compound." })
  myPartyMemberships(@Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return ctx.dataSource.getRepository(PartyMember).find({ where: { userId: requireViewer(ctx).actor }, order: { createdAt: 'ASC' } });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: null for analysts.' })
  name(@Root() p: PartyMember, @Ctx() ctx: RequestContext): string | null {
    const viewer = requireViewer(ctx);
    const sees =
      viewer.isAdmin ||
      viewer.isService ||
      p.userId === viewer.actor ||
      !viewer.isAnalyst ||
      viewer.canActInCompound(p.compoundId, ...PARTY_ROLES);
    return sees ? p.name : null;
  }

  @FieldResolver(() => Boolean, { description: 'Reported in at the station (报到).' })
  reportedIn(@Root() p: PartyMember): boolean {
    return p.reportedInAt !== null;
  }

  @FieldResolver(() => PartyOrganisation)
  async organisation(@Root() p: PartyMember, @Ctx() ctx: RequestContext): Promise<PartyOrganisation> {
    return (await organisationByCompound(ctx).load(p.compoundId))!;
  }
}

@Resolver(() => GovernanceTask)
export class GovernanceTaskResolver {
  @Authorized('party_secretary', 'grid_worker', 'admin')
  @Mutation(() => GovernanceTask, { description: 'Post a governance task for Party members to claim.' })
  async createGovernanceTask(
    @Arg('input', () => CreateGovernanceTaskInput) input: CreateGovernanceTaskInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTask> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const row = Object.assign(new GovernanceTask(), {
      id: randomUUID(),
      compoundId,
      title: requiredText(input.title, 'title', 100),
      description: optionalText(input.description, 'description', 1000),
      status: GovernanceTaskStatus.OPEN,
      claimedByMemberId: null,
      claimedAt: null,
      completedAt: null,
      outcome: null,
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.insert(GovernanceTask, row);
      return row;
    });
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Claim (认领) an open task; one member at a time.' })
  claimGovernanceTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GovernanceTask> {
    return taskChange(ctx, id, async (m, task, viewer, now) => {
      const member = await reportedInMember(m, viewer, task.compoundId);
      if (task.status !== GovernanceTaskStatus.OPEN) throw conflict(`The task is ${task.status}, not open`, { status: task.status });
      Object.assign(task, { status: GovernanceTaskStatus.CLAIMED, claimedByMemberId: member.id, claimedAt: now });
    });
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Give a claimed task back (only its claimer).' })
  releaseGovernanceTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GovernanceTask> {
    return taskChange(ctx, id, async (m, task, viewer) => {
      await assertClaimer(m, task, viewer);
      Object.assign(task, { status: GovernanceTaskStatus.OPEN, claimedByMemberId: null, claimedAt: null });
    });
  }

  @Authorized('party_member')
  @Mutation(() => GovernanceTask, { description: 'Mark a claimed task done (only its claimer).' })
  completeGovernanceTask(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => String) outcome: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTask> {
    const text = requiredText(outcome, 'outcome', 1000);
    return taskChange(ctx, id, async (m, task, viewer, now) => {
      await assertClaimer(m, task, viewer);
      Object.assign(task, { status: GovernanceTaskStatus.DONE, completedAt: now, outcome: text });
    });
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  claimedBy(@Root() t: GovernanceTask, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return t.claimedByMemberId ? memberById(ctx).load(t.claimedByMemberId) : Promise.resolve(null);
  }
}

async function assertClaimer(m: EntityManager, task: GovernanceTask, viewer: Viewer): Promise<void> {
  if (task.status !== GovernanceTaskStatus.CLAIMED) throw conflict(`The task is ${task.status}, not claimed`, { status: task.status });
  const member = await m.findOneBy(PartyMember, { id: task.claimedByMemberId! });
  if (member?.userId !== viewer.actor) throw forbidden('Only the member who claimed the task may release or complete it');
}

async function taskChange(
  ctx: RequestContext,
  rawId: string,
  change: (m: EntityManager, task: GovernanceTask, viewer: Viewer, now: Date) => Promise<void>,
): Promise<GovernanceTask> {
  const id = assertUuid(rawId);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    // The row lock makes two simultaneous claims take turns: the second sees CLAIMED.
    const task = await m.findOne(GovernanceTask, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw notFound('GovernanceTask', id);
    await change(m, task, viewer, now);
    stampUpdated(task, viewer.actor, now);
    return m.save(task);
  });
}

@Resolver(() => Compound)
export class CompoundPartyResolver {
  @FieldResolver(() => PartyOrganisation, { nullable: true, description: "The compound's Party branch or comprehensive Party committee." })
  partyOrganisation(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<PartyOrganisation | null> {
    return organisationByCompound(ctx).load(c.id);
  }

  @FieldResolver(() => GovernanceTaskConnection, { description: 'Governance tasks, oldest first.' })
  governanceTasks(
    @Root() c: Compound,
    @Args(() => GovernanceTaskPageArgs) args: GovernanceTaskPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTaskConnection> {
    const qb = ctx.dataSource.getRepository(GovernanceTask).createQueryBuilder('t').where('t.compound_id = :id', { id: c.id });
    if (args.status) qb.andWhere('t.status = :status', { status: args.status });
    return paginate(qb, args, { column: 't.seq', idColumn: 't.id', valueOf: (t) => String(t.seq), idOf: (t) => t.id });
  }
}
