import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, conflict, forbidden } from '../../../shared/errors';
import { setFilter } from '../../../shared/pagination/filters';
import { bySeq, defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, optionalText } from '../../../shared/validation';
import { assertCompoundRole, PARTY_ROLES } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { GovernanceTask } from './governance-task.entity';
import { GovernanceTaskStatus, Membership, PartyPosition } from './party-org.enums';
import { PartyMember } from './party-member.entity';
import { PartyOrganisation } from './party-organisation.entity';
import type {
  AppointPartyOfficerInput,
  CreateGovernanceTaskInput,
  CreatePartyOrganisationInput,
  GovernanceTaskPageArgs,
  ReportInInput,
} from './party-org.types';

/** Everyone on an organisation's roll, by name. */
export const partyMemberList = defineList<PartyMember, { organisationId: string }>({
  entity: PartyMember,
  alias: 'p',
  filters: { organisationId: (qb, id) => qb.andWhere('p.organisation_id = :id', { id }) },
  order: sortKey<PartyMember>('p', ['p.name', (p) => p.name]),
});

/** Compounds' governance tasks, oldest first, by status set: every compound's page of a query in one statement. */
const governanceTaskList = defineList<GovernanceTask, { statuses?: GovernanceTaskStatus[] | null }>({
  entity: GovernanceTask,
  alias: 't',
  filters: { statuses: (qb, statuses) => qb.andWhere('t.status = ANY(:statuses)', { statuses }) },
  order: bySeq('t'),
  parent: { column: 't.compound_id', of: (t) => t.compoundId },
});

/** `Compound.governanceTasks`. */
export function compoundGovernanceTasks(ctx: RequestContext, compoundId: string, args: GovernanceTaskPageArgs) {
  return governanceTaskList.pageOf(
    ctx,
    compoundId,
    { statuses: setFilter(args.statuses, args.status, { set: 'statuses', single: 'status' }) },
    args,
  );
}

/** A member's name is personal: analysts do not see it, unless they also act in the compound. */
export function seesMemberName(viewer: Viewer, member: PartyMember): boolean {
  return (
    viewer.isAdmin ||
    viewer.isService ||
    member.userId === viewer.actor ||
    !viewer.isAnalyst ||
    viewer.canActInCompound(member.compoundId, ...PARTY_ROLES)
  );
}

/** The signed-in member's report-ins, one per compound. */
export function myPartyMemberships(ctx: RequestContext): Promise<PartyMember[]> {
  return ctx.dataSource.getRepository(PartyMember).find({ where: { userId: requireViewer(ctx).actor }, order: { createdAt: 'ASC' } });
}

function homeOrganisationOf(membership: Membership, value: string | null | undefined): string | null {
  const home = optionalText(value, 'homeOrganisation', 100);
  if (membership === Membership.ELSEWHERE && !home)
    throw badInput('Say which organisation holds the membership (homeOrganisation)', { field: 'homeOrganisation' });
  return membership === Membership.LOCAL ? null : home;
}

async function organisationOf(m: EntityManager, compoundId: string): Promise<PartyOrganisation> {
  return loadOrNotFound(m.findOneBy(PartyOrganisation, { compoundId }), 'Party organisation of compound', compoundId);
}

/** The member record the viewer reported in with at this compound; FORBIDDEN if none. */
async function reportedInMember(m: EntityManager, viewer: Viewer, compoundId: string): Promise<PartyMember> {
  const member = await m
    .getRepository(PartyMember)
    .createQueryBuilder('p')
    .where('p.compound_id = :compoundId AND p.user_id = :user AND p.reported_in_at IS NOT NULL', { compoundId, user: viewer.actor })
    .getOne();
  if (!member) throw forbidden('Report in (报到) at this compound first');
  return member;
}

/** Has the viewer reported in (报到) at this compound as a Party member? (Wishes and activities let them take part.) */
export async function hasReportedIn(m: EntityManager, viewer: Viewer, compoundId: string): Promise<boolean> {
  const member = await m.findOneBy(PartyMember, { compoundId, userId: viewer.actor });
  return !!member?.reportedInAt;
}

/** The compound's Party secretary sets up its branch or comprehensive Party committee (one per compound). */
export async function createPartyOrganisation(ctx: RequestContext, input: CreatePartyOrganisationInput): Promise<PartyOrganisation> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const row = Object.assign(new PartyOrganisation(), {
    id: randomUUID(),
    compoundId,
    kind: input.kind,
    name: boundedText(input.name, 'name', 100),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    if (await m.findOneBy(PartyOrganisation, { compoundId })) throw conflict('This compound already has a Party organisation');
    await m.insert(PartyOrganisation, row);
    return row;
  });
}

type NewMember = Pick<PartyMember, 'compoundId' | 'userId' | 'name' | 'membership' | 'homeOrganisation' | 'position' | 'reportedInAt'>;

/** A new member of the organisation, stamped as created by `actor`. */
async function insertMember(m: EntityManager, org: PartyOrganisation, member: NewMember, actor: string, now: Date): Promise<PartyMember> {
  const row = stampCreated(Object.assign(new PartyMember(), { id: randomUUID(), organisationId: org.id, ...member }), actor, now);
  await m.insert(PartyMember, row);
  return row;
}

/** Appoint an officer: one secretary and one instructor per organisation; members report in themselves. */
export async function appointPartyOfficer(ctx: RequestContext, input: AppointPartyOfficerInput): Promise<PartyMember> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const name = boundedText(input.name, 'name', 50);
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
    return insertMember(
      m,
      org,
      { compoundId, userId, name, membership, homeOrganisation, position: input.position, reportedInAt: null },
      viewer.actor,
      now,
    );
  });
}

/** A Party member reports in (报到) at the compound station, whether the membership is held here or elsewhere. */
export async function reportInAsPartyMember(ctx: RequestContext, input: ReportInInput): Promise<PartyMember> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const name = boundedText(input.name, 'name', 50);
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
    const fields = { compoundId, userId: viewer.actor, name, membership: input.membership, homeOrganisation };
    return insertMember(m, org, { ...fields, position: PartyPosition.MEMBER, reportedInAt: now }, viewer.actor, now);
  });
}

/** The grid posts a governance task (治理任务) for Party members to claim. */
export async function createGovernanceTask(ctx: RequestContext, input: CreateGovernanceTaskInput): Promise<GovernanceTask> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const row = Object.assign(new GovernanceTask(), {
    id: randomUUID(),
    compoundId,
    title: boundedText(input.title, 'title', 100),
    description: optionalText(input.description, 'description', 1000),
    status: GovernanceTaskStatus.OPEN,
    claimedByMemberId: null,
    claimedAt: null,
    completedAt: null,
    outcome: null,
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.insert(GovernanceTask, row);
    return row;
  });
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
    const task = await loadOrNotFound(
      m.findOne(GovernanceTask, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      'GovernanceTask',
      id,
    );
    await change(m, task, viewer, now);
    stampUpdated(task, viewer.actor, now);
    return m.save(task);
  });
}

/** A member who reported in claims (认领) an open task; one member at a time. */
export function claimGovernanceTask(ctx: RequestContext, id: string): Promise<GovernanceTask> {
  return taskChange(ctx, id, async (m, task, viewer, now) => {
    const member = await reportedInMember(m, viewer, task.compoundId);
    if (task.status !== GovernanceTaskStatus.OPEN) throw conflict(`The task is ${task.status}, not open`, { status: task.status });
    Object.assign(task, { status: GovernanceTaskStatus.CLAIMED, claimedByMemberId: member.id, claimedAt: now });
  });
}

/** Its claimer gives a task back. */
export function releaseGovernanceTask(ctx: RequestContext, id: string): Promise<GovernanceTask> {
  return taskChange(ctx, id, async (m, task, viewer) => {
    await assertClaimer(m, task, viewer);
    Object.assign(task, { status: GovernanceTaskStatus.OPEN, claimedByMemberId: null, claimedAt: null });
  });
}

/** Its claimer marks a task done. */
export function completeGovernanceTask(ctx: RequestContext, id: string, outcome: string): Promise<GovernanceTask> {
  const text = boundedText(outcome, 'outcome', 1000);
  return taskChange(ctx, id, async (m, task, viewer, now) => {
    await assertClaimer(m, task, viewer);
    Object.assign(task, { status: GovernanceTaskStatus.DONE, completedAt: now, outcome: text });
  });
}
