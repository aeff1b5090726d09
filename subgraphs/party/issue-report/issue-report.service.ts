import type { GraphQLResolveInfo } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput, forbidden } from '../../../shared/errors';
import { setFilter, periodFilter, whereInPeriod } from '../../../shared/pagination/filters';
import { bySeq, defineList, sortKey } from '../../../shared/pagination/list-query';
import type { Period } from '../../../shared/time/date-range';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, optionalText } from '../../../shared/validation';
import { readsCompoundPeople } from '../access/access';
import { filingDuty, reportFiled } from '../escalation/report-filed';
import { Building } from '../org-tree/building.entity';
import { Resident } from '../resident/resident.entity';
import { IssueReportEntry } from './issue-report-entry.entity';
import { IssueEntryKind, IssueReportOrderField, IssueSource, IssueStatus } from './issue-report.enums';
import { IssueReport } from './issue-report.entity';
import { issueReportById } from './issue-report.loaders';
import type { IssueReportPageArgs, ReportIssueInput } from './issue-report.types';
import { PartTimeGridWorker } from './part-time-grid-worker.entity';
import { RESPONSE_PROMISE_MS } from './report-flow';

/**
 * Reports of one reporter or one compound, by status set, the local days they were filed
 * on (each compound's own zone) and overdue; in filing order unless `orderBy` says otherwise.
 */
export const issueReportList = defineList<
  IssueReport,
  { reporterId?: string; compoundId?: string; statuses?: IssueStatus[] | null; period?: Period | null; overdue?: boolean | null },
  IssueReportOrderField
>({
  entity: IssueReport,
  alias: 'r',
  filters: {
    reporterId: (qb, me) => qb.andWhere('r.reporter_id = :me', { me }),
    compoundId: (qb, id) => qb.andWhere('r.compound_id = :id', { id }),
    statuses: (qb, statuses) => qb.andWhere('r.status = ANY(:statuses)', { statuses }),
    period: (qb, period) => whereInPeriod(qb, 'r.reported_at', period, '(SELECT c.time_zone FROM compound c WHERE c.id = r.compound_id)'),
    // `responseOverdue` in SQL: unanswered and strictly past the promise, now.
    overdue: (qb, overdue, ctx) =>
      qb.andWhere(`${overdue ? '' : 'NOT '}(r.responded_at IS NULL AND r.promise_started_at < :deadline)`, {
        deadline: new Date(ctx.clock.now().getTime() - RESPONSE_PROMISE_MS),
      }),
  },
  order: bySeq('r'),
  orders: {
    REPORTED_AT: sortKey<IssueReport>('r', ['r.reported_at', (r) => r.reportedAt.toISOString()]),
    UPDATED_AT: sortKey<IssueReport>('r', ['r.updated_at', (r) => r.updatedAt.toISOString()]),
  },
});

/** The filters of a report list as its arguments give them. */
function reportFilter(args: IssueReportPageArgs) {
  return {
    statuses: setFilter(args.statuses, args.status, { set: 'statuses', single: 'status' }),
    period: periodFilter(args.period),
    overdue: args.overdue,
  };
}

/** The reporter and the readers of the compound's people see a report. */
function seesReport(viewer: Viewer, report: IssueReport): boolean {
  return report.reporterId === viewer.actor || readsCompoundPeople(viewer, report.compoundId);
}

/** A report as this viewer may reach it (references from other subgraphs): null when not theirs to see. */
export async function visibleReport(ctx: RequestContext, id: string): Promise<IssueReport | null> {
  const report = await issueReportById(ctx).load(id);
  return report && seesReport(requireViewer(ctx), report) ? report : null;
}

/** `issueReport(id)`: NOT_FOUND, or FORBIDDEN when not the viewer's to see. */
export async function issueReportFor(ctx: RequestContext, id: string): Promise<IssueReport> {
  const found = await loadOrNotFound(issueReportById(ctx).load(assertUuid(id)), 'IssueReport', id);
  if (!seesReport(requireViewer(ctx), found)) throw forbidden('You may not see this report');
  return found;
}

/** The reports the signed-in user filed. */
export function myIssueReports(ctx: RequestContext, args: IssueReportPageArgs, info?: GraphQLResolveInfo) {
  return issueReportList.page(ctx, { reporterId: requireViewer(ctx).actor, ...reportFilter(args) }, args, info);
}

/** A compound's reports, for its grid, analysts and admins. */
export function compoundIssueReports(ctx: RequestContext, compoundId: string, args: IssueReportPageArgs, info?: GraphQLResolveInfo) {
  const id = assertUuid(compoundId, 'compoundId');
  if (!readsCompoundPeople(requireViewer(ctx), id)) throw forbidden("Only the compound's grid, analysts and admins list its reports");
  return issueReportList.page(ctx, { compoundId: id, ...reportFilter(args) }, args, info);
}

/** A report as committed, after a hand-over receiver wrote it. */
export function reportById(ctx: RequestContext, id: string): Promise<IssueReport> {
  return ctx.dataSource.getRepository(IssueReport).findOneByOrFail({ id });
}

export async function addEntry(
  m: EntityManager,
  reportId: string,
  kind: IssueEntryKind,
  note: string | null,
  by: string,
  at: Date,
): Promise<void> {
  await m.insert(IssueReportEntry, { id: randomUUID(), reportId, kind, note, by, at });
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

/** File a report (随手报): the server stamps the time; the 10-minute promise starts now, or when the grid's duty next begins. */
export async function reportIssue(ctx: RequestContext, input: ReportIssueInput): Promise<IssueReport> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
  const area = optionalText(input.area, 'area', 100);
  if (!buildingId && !area) throw badInput('Say where: a buildingId or a named area', { field: 'area' });
  const description = boundedText(input.description, 'description', 1000);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const source = viewer.isAdmin ? IssueSource.GRID_WORKER : await sourceOf(m, viewer, compoundId);
    if (buildingId) {
      const building = await m.findOneBy(Building, { id: buildingId });
      if (!building || building.compoundId !== compoundId) throw badInput('The building is not in this compound', { field: 'buildingId' });
    }
    let reporterResidentId: string | null = null;
    if (source === IssueSource.RESIDENT && viewer.residentId) {
      const resident = await m.findOneBy(Resident, { id: viewer.residentId });
      reporterResidentId = resident ? resident.id : null;
    }
    const duty = await filingDuty(m, compoundId, now);
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
      promiseStartedAt: duty.promiseStartedAt,
      escalationLevel: 0,
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
    await reportFiled(m, row, duty, viewer.actor, now);
    return row;
  });
}
