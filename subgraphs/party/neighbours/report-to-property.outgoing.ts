import type { EntityManager } from 'typeorm';
import { conflict } from '../../../shared/errors';
import { enqueueHandover } from '../../../shared/handover/outbox';
import type { HandoverRoute } from '../../../shared/handover/handover-route';
import { REPORT_TO_PROPERTY_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import type { IssueReport } from '../issue-report/issue-report.entity';
import { recordWorkOrderOpened, returnReportToGrid } from '../issue-report/report-handover.service';
import { HandoverState } from './report-handover.enums';
import { handoverById } from './report-handover.loaders';
import type { ReportHandover } from './report-handover.types';

/**
 * party → property (`report.to-property`, recordId = report id), step 1, inside the grid
 * worker's transaction: the outbox row that promises the work order. A report opens at
 * most one work order (property keys it by report id), so a report whose hand-over was
 * delivered cannot be handed over again (CONFLICT: resolve it in the community or blow the
 * whistle); one whose hand-over was refused for good can be, once the gap is fixed: the
 * same row is sent again.
 */
export async function enqueueReportToProperty(m: EntityManager, report: IssueReport, actor: string, at: Date): Promise<void> {
  const payload = {
    reportId: report.id,
    compoundId: report.compoundId,
    buildingId: report.buildingId,
    area: report.area,
    category: report.category,
    text: report.description,
    // The reporting resident (none when a grid worker filed it): property tells them of the order's progress.
    residentId: report.reporterResidentId,
  };
  const [existing] = await m.query<{ id: string; status: string; result: { workOrderId?: string } | null }[]>(
    `SELECT id, status, result FROM handover_outbox WHERE topic = $1 AND record_id = $2 FOR UPDATE`,
    [REPORT_TO_PROPERTY_TOPIC, report.id],
  );
  if (existing?.status === 'DELIVERED') {
    throw conflict('This report already opened a property work order; resolve it in the community or blow the whistle', {
      workOrderId: existing.result?.workOrderId ?? null,
    });
  }
  if (existing) {
    await m.query(
      `UPDATE handover_outbox SET status = 'PENDING', payload = $2, attempts = 0, next_attempt_at = $3, last_error = NULL, failed_at = NULL, result = NULL WHERE id = $1`,
      [existing.id, JSON.stringify(payload), at],
    );
    report.handoverId = existing.id;
    return;
  }
  await enqueueHandover(m, { topic: REPORT_TO_PROPERTY_TOPIC, recordId: report.id, payload, actor, at });
  const [row] = await m.query<{ id: string }[]>(`SELECT id FROM handover_outbox WHERE topic = $1 AND record_id = $2`, [
    REPORT_TO_PROPERTY_TOPIC,
    report.id,
  ]);
  report.handoverId = row.id;
}

const OPEN_WORK_ORDER = `mutation OpenWorkOrderFromReport($input: OpenWorkOrderFromReportInput!) {
  openWorkOrderFromReport(input: $input) { id }
}`;

/**
 * Step 2, party's relay: property's `openWorkOrderFromReport`. Delivered: the report
 * keeps the work order's id. Refused for good: the report goes back to the grid.
 */
export const reportToPropertyRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ openWorkOrderFromReport: { id: string } }>('property', OPEN_WORK_ORDER, { input: message.payload });
    return { workOrderId: data.openWorkOrderFromReport.id };
  },
  async onDelivered(m, message, result) {
    await recordWorkOrderOpened(m, message.recordId, result.workOrderId as string);
  },
  async onFailed(m, message, reason) {
    await returnReportToGrid(m, message.recordId, message.id, reason, message.failedAt ?? new Date());
  },
};

/** The report's hand-over as its outbox row tells it; null when it was never handed over. */
export async function propertyHandoverOf(ctx: RequestContext, report: IssueReport): Promise<ReportHandover | null> {
  if (!report.handoverId) return null;
  const message = await handoverById(ctx).load(report.handoverId);
  if (!message) return null;
  return {
    status: message.status as HandoverState,
    workOrderId: (message.result?.workOrderId as string | undefined) ?? null,
    error: message.lastError,
    attempts: message.attempts,
    handedAt: message.createdAt,
    deliveredAt: message.deliveredAt,
  };
}
