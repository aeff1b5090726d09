import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { IssueReportEntry } from './issue-report-entry.entity';
import { IssueReport } from './issue-report.entity';

/** Reports by id: entity references from property come as lists of ids. */
export const issueReportById = (ctx: RequestContext) => byIdLoader(ctx, 'issueReportById', IssueReport);
/** A report's timeline: one statement for every report of a page. */
export const entriesByReport = (ctx: RequestContext) => groupedLoader(ctx, 'entriesByReport', IssueReportEntry, 'reportId', { seq: 'ASC' });
