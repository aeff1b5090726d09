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
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import type { Viewer } from '../../../shared/auth/viewer';
import { assertUuid, badInput, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole, PARTY_ROLES, readsCompoundPeople } from '../common/access';
import { inTransaction } from '../common/tx';
import { intInRange } from '../../../shared/validation';
import { optionalText, requiredText } from '../common/validation';
import { Building } from '../org-tree/building.entity';
import { Compound } from '../org-tree/compound.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { buildingById, compoundById } from '../org-tree/org-tree.loaders';
import { Resident } from '../resident/resident.entity';
import { visibleResident } from '../resident/resident.loaders';
import { IssueReport, IssueReportEntry, PartTimeGridWorker } from './issue-report.entity';
import { assertCan, IssueAction, responseOverdue, RESPONSE_PROMISE_MS } from './issue-report.service';
import { enqueueReportToProperty } from './report-handover';
import { IssueCategory, IssueEntryKind, IssuePath, IssueSource, IssueStatus, PartTimeOccupation } from './issue-report.types';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class IssueReportConnection extends Connection(IssueReport) {}

@InputType()
export class ReportIssueInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ID, { nullable: true, description: 'The building, or give `area`.' }) buildingId?: string | null;
  @Field(() => String, { nullable: true, description: 'A named area (east gate, garage...), when not a building.' }) area?: string | null;
  @Field(() => IssueCategory) category: IssueCategory;
  @Field(() => String) description: string;
}

@InputType()
export class RegisterPartTimeGridWorkerInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String, { description: 'The user id (token subject) they sign in with, as a volunteer of the compound.' }) userId: string;
  @Field(() => String) name: string;
  @Field(() => PartTimeOccupation) occupation: PartTimeOccupation;
}

@ArgsType()
export class IssueReportPageArgs extends PageArgs {
  @Field(() => IssueStatus, { nullable: true }) status?: IssueStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only reports still unanswered more than 10 minutes after they were filed (by the server clock).',
  })
  overdue?: boolean | null;
}

export const issueReportById = (ctx: RequestContext) => byIdLoader(ctx, 'issueReportById', IssueReport);
const entriesByReport = (ctx: RequestContext) => groupedLoader(ctx, 'entriesByReport', IssueReportEntry, 'reportId', { seq: 'ASC' });

function seesReport(viewer: Viewer, report: IssueReport): boolean {
  return report.reporterId === viewer.actor || readsCompoundPeople(viewer, report.compoundId);
}

/** A report as this viewer may reach it (references from other subgraphs): null when not theirs to see. */
export async function visibleReport(ctx: RequestContext, id: string): Promise<IssueReport | null> {
  const report = await issueReportById(ctx).load(id);
  return report && seesReport(requireViewer(ctx), report) ? report : null;
}

/** Which kind of reporter the viewer is in this compound; FORBIDDEN if none. */
async function sourceOf(m: EntityManager, viewer: Viewer, compoundId: string): Promise<IssueSource> {
  if (viewer.canActInCompound(compoundId, 'grid_worker')) return IssueSource.GRID_WORKER;
  if (viewer.compoundsWith('volunteer').includes(compoundId)) {
    const registered = await m.findOneBy(PartTimeGridWorker, { compoundId, userId: viewer.actor, active: true });
    if (registered) return IssueSource.PART_TIME_GRID_WORKER;
  }
  if (viewer.compoundsWith('resident', 'owner').includes(compoundId)) return IssueSource.RESIDENT;
  throw forbidden('Only residents, grid workers and registered part-time grid workers of this compound report issues here');
}

function pageOf(ctx: RequestContext, where: (qb: ReturnType<typeof baseQuery>) => void, args: IssueReportPageArgs) {
  const qb = baseQuery(ctx);
  where(qb);
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  if (args.overdue)
    qb.andWhere('r.responded_at IS NULL AND r.reported_at < :deadline', {
      deadline: new Date(ctx.clock.now().getTime() - RESPONSE_PROMISE_MS),
    });
  return paginate(qb, args, { column: 'r.seq', idColumn: 'r.id', valueOf: (r) => String(r.seq), idOf: (r) => r.id });
}

function baseQuery(ctx: RequestContext) {
  return ctx.dataSource.getRepository(IssueReport).createQueryBuilder('r');
}

@Resolver(() => IssueReport)
export class IssueReportResolver {
  @Authorized()
  @Query(() => IssueReport)
  async issueReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<IssueReport> {
    const found = await issueReportById(ctx).load(assertUuid(id));
    if (!found) throw notFound('IssueReport', id);
    if (!seesReport(requireViewer(ctx), found)) throw forbidden('You may not see this report');
    return found;
  }

  @Authorized()
  @Query(() => IssueReportConnection, { description: 'Reports the signed-in user filed, oldest first.' })
  myIssueReports(@Args(() => IssueReportPageArgs) args: IssueReportPageArgs, @Ctx() ctx: RequestContext): Promise<IssueReportConnection> {
    const me = requireViewer(ctx).actor;
    return pageOf(ctx, (qb) => qb.where('r.reporter_id = :me', { me }), args);
  }

  @Authorized('grid_worker', 'party_secretary', 'analyst', 'admin')
  @Query(() => IssueReportConnection, { description: "A compound's reports, oldest first (its grid, analysts, admins)." })
  issueReports(
    @Arg('compoundId', () => ID) compoundId: string,
    @Args(() => IssueReportPageArgs) args: IssueReportPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReportConnection> {
    const id = assertUuid(compoundId, 'compoundId');
    if (!readsCompoundPeople(requireViewer(ctx), id)) throw forbidden("Only the compound's grid, analysts and admins list its reports");
    return pageOf(ctx, (qb) => qb.where('r.compound_id = :id', { id }), args);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => PartTimeGridWorker, {
    description: 'The grid enlists a courier or rider as a part-time grid worker (兼职网格员) of its compound.',
  })
  async registerPartTimeGridWorker(
    @Arg('input', () => RegisterPartTimeGridWorkerInput) input: RegisterPartTimeGridWorkerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartTimeGridWorker> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const row = Object.assign(new PartTimeGridWorker(), {
      id: randomUUID(),
      compoundId,
      userId: requiredText(input.userId, 'userId', 100),
      name: requiredText(input.name, 'name', 50),
      occupation: input.occupation,
      active: true,
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.insert(PartTimeGridWorker, row);
      return row;
    });
  }

  @Authorized('resident', 'owner', 'grid_worker', 'volunteer', 'admin')
  @Mutation(() => IssueReport, {
    description: 'File an issue report (随手报). The server stamps the time; the 10-minute promise starts now.',
  })
  async reportIssue(@Arg('input', () => ReportIssueInput) input: ReportIssueInput, @Ctx() ctx: RequestContext): Promise<IssueReport> {
    const viewer = requireViewer(ctx);
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
    const area = optionalText(input.area, 'area', 100);
    if (!buildingId && !area) throw badInput('Say where: a buildingId or a named area', { field: 'area' });
    const description = requiredText(input.description, 'description', 1000);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const source = viewer.isAdmin ? IssueSource.GRID_WORKER : await sourceOf(m, viewer, compoundId);
      if (buildingId) {
        const building = await m.findOneBy(Building, { id: buildingId });
        if (!building || building.compoundId !== compoundId)
          throw badInput('The building is not in this compound', { field: 'buildingId' });
      }
      let reporterResidentId: string | null = null;
      if (source === IssueSource.RESIDENT && viewer.residentId) {
        const resident = await m.findOneBy(Resident, { id: viewer.residentId });
        reporterResidentId = resident ? resident.id : null;
      }
      const row = Object.assign(new IssueReport(), {
        id: randomUUID(),
        compoundId,
        buildingId,
        area,
        category: input.category,
        description,
        source,
        reporterId: viewer.actor,
        reporterResidentId,
        status: IssueStatus.SUBMITTED,
        path: null,
        reportedAt: now,
        respondedAt: null,
        respondedBy: null,
        resolvedAt: null,
        resolvedBy: null,
        resolutionNote: null,
        whistleDepartment: null,
        handoverId: null,
        satisfaction: null,
        closedAt: null,
        reopenCount: 0,
      });
      stampCreated(row, viewer.actor, now);
      await m.insert(IssueReport, row);
      await addEntry(m, row.id, IssueEntryKind.REPORTED, null, viewer.actor, now);
      return row;
    });
  }

  @Authorized('grid_worker', 'admin')
  @Mutation(() => IssueReport, { description: "A grid worker's first response; answered within 600 s keeps the 10-minute promise." })
  respondToIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return transition(ctx, id, 'respond', ['grid_worker'], (r, at, by) => {
      r.status = IssueStatus.RESPONDED;
      r.respondedAt = at;
      r.respondedBy = by;
      return [IssueEntryKind.RESPONDED, optionalText(note, 'note', 1000)];
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, { description: 'Resolved in the community (or after the whistle); waits for the reporter to close it out.' })
  resolveIssueReport(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: RequestContext) {
    const text = requiredText(note, 'note', 1000);
    return transition(ctx, id, 'resolve', PARTY_ROLES, (r, at, by) => {
      if (r.status !== IssueStatus.ESCALATED) r.path = IssuePath.COMMUNITY;
      r.status = IssueStatus.RESOLVED;
      r.resolvedAt = at;
      r.resolvedBy = by;
      r.resolutionNote = text;
      return [IssueEntryKind.RESOLVED, text];
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, {
    description: 'Hand the report to the responsible property company (the work order follows through the hand-over).',
  })
  handIssueReportToProperty(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const text = optionalText(note, 'note', 1000);
    return transition(
      ctx,
      id,
      'handToProperty',
      PARTY_ROLES,
      (r) => {
        r.status = IssueStatus.HANDED_TO_PROPERTY;
        r.path = IssuePath.PROPERTY;
        r.workOrderOutcome = null;
        r.workOrderOutcomeAt = null;
        return [IssueEntryKind.HANDED_TO_PROPERTY, text];
      },
      // The state change and the promise of a work order commit together.
      (m, r, at, by) => enqueueReportToProperty(m, r, by, at),
    );
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, {
    description: 'Blow the whistle (吹哨): escalate to a named department; follow-ups are recorded until it is resolved.',
  })
  blowWhistle(
    @Arg('id', () => ID) id: string,
    @Arg('department', () => String) department: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const dept = requiredText(department, 'department', 100);
    return transition(ctx, id, 'blowWhistle', PARTY_ROLES, (r) => {
      r.status = IssueStatus.ESCALATED;
      r.path = IssuePath.WHISTLE;
      r.whistleDepartment = dept;
      return [IssueEntryKind.WHISTLE_BLOWN, optionalText(note, 'note', 1000) ?? dept];
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, { description: 'Record what the department did after the whistle.' })
  addIssueFollowUp(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: RequestContext) {
    const text = requiredText(note, 'note', 1000);
    return transition(ctx, id, 'followUp', PARTY_ROLES, () => [IssueEntryKind.FOLLOW_UP, text]);
  }

  @Authorized()
  @Mutation(() => IssueReport, {
    description: 'The reporter confirms the resolution and closes the report out (销号) with a 1–5 satisfaction score.',
  })
  closeIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('satisfaction', () => Int) satisfaction: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const score = intInRange(satisfaction, 'satisfaction', 1, 5);
    const text = optionalText(comment, 'comment', 1000);
    return transition(ctx, id, 'close', 'reporter', (r, at) => {
      r.status = IssueStatus.CLOSED;
      r.satisfaction = score;
      r.closedAt = at;
      return [IssueEntryKind.CLOSED, text];
    });
  }

  @Authorized()
  @Mutation(() => IssueReport, { description: 'The reporter is not satisfied with the resolution and reopens the report.' })
  reopenIssueReport(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext) {
    const text = requiredText(reason, 'reason', 1000);
    return transition(ctx, id, 'reopen', 'reporter', (r) => {
      r.status = IssueStatus.REOPENED;
      r.path = null;
      r.whistleDepartment = null;
      r.resolvedAt = null;
      r.resolvedBy = null;
      r.resolutionNote = null;
      r.reopenCount += 1;
      return [IssueEntryKind.REOPENED, text];
    });
  }

  @FieldResolver(() => Compound)
  async compound(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(r.compoundId))!;
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Building | null> {
    return r.buildingId ? buildingById(ctx).load(r.buildingId) : Promise.resolve(null);
  }

  @FieldResolver(() => Resident, { nullable: true, description: 'The resident who reported it, if a resident did and you may see them.' })
  reporterResident(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Resident | null> {
    return r.reporterResidentId ? visibleResident(ctx, r.reporterResidentId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Unanswered and past the 10-minute promise, by the server clock.' })
  responseOverdue(@Root() r: IssueReport, @Ctx() ctx: RequestContext): boolean {
    return responseOverdue(r.reportedAt, r.respondedAt, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'Did the signed-in user file it?' })
  reportedByMe(@Root() r: IssueReport, @Ctx() ctx: RequestContext): boolean {
    return r.reporterId === requireViewer(ctx).actor;
  }

  @FieldResolver(() => [IssueReportEntry], { description: 'The timeline, oldest first.' })
  entries(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<IssueReportEntry[]> {
    return entriesByReport(ctx).load(r.id);
  }
}

async function addEntry(
  m: EntityManager,
  reportId: string,
  kind: IssueEntryKind,
  note: string | null,
  by: string,
  at: Date,
): Promise<void> {
  await m.insert(IssueReportEntry, { id: randomUUID(), reportId, kind, note, by, at });
}

/**
 * Locks the report, checks who may act and from which state, applies the change and
 * writes the timeline entry, in one transaction.
 */
async function transition(
  ctx: RequestContext,
  rawId: string,
  action: IssueAction,
  who: typeof PARTY_ROLES | 'reporter',
  apply: (r: IssueReport, at: Date, by: string) => [IssueEntryKind, string | null],
  alsoInTransaction?: (m: EntityManager, r: IssueReport, at: Date, by: string) => Promise<void>,
): Promise<IssueReport> {
  const id = assertUuid(rawId);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const report = await m.findOne(IssueReport, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!report) throw notFound('IssueReport', id);
    if (who === 'reporter') {
      if (report.reporterId !== viewer.actor) throw forbidden('Only the reporter confirms, closes out or reopens a report');
    } else {
      assertCompoundRole(ctx, report.compoundId, who);
    }
    assertCan(action, report.status);
    const [kind, note] = apply(report, now, viewer.actor);
    await alsoInTransaction?.(m, report, now, viewer.actor);
    stampUpdated(report, viewer.actor, now);
    await m.save(report);
    await addEntry(m, report.id, kind, note, viewer.actor, now);
    return report;
  });
}
