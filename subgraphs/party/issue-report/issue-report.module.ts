import { entityReference } from '../../../shared/schema/entity-reference';
import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { IssueReportEntry } from './issue-report-entry.entity';
import { IssueReport } from './issue-report.entity';
import { IssueReportResolver } from './issue-report.resolver';
import { visibleReport } from './issue-report.service';
import { PartTimeGridWorker } from './part-time-grid-worker.entity';
import { PartTimeGridWorkerResolver } from './part-time-grid-worker.resolver';

/** Issue reports (民情, 随手报), their timeline and the part-time grid workers who file them. */
export const issueReportModule: SubgraphModule = {
  entities: [IssueReport, IssueReportEntry, PartTimeGridWorker],
  resolvers: [IssueReportResolver, PartTimeGridWorkerResolver],
  orphanedTypes: [IssueReport],
  referenceResolvers: {
    IssueReport: entityReference([], (id, ctx) => visibleReport(ctx, id)),
  },
};
