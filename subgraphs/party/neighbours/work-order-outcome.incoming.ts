import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { assertUuid, badInput } from '../../../shared/errors';
import { receiveOnce } from '../../../shared/handover/receiver';
import { WORK_ORDER_OUTCOME_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText } from '../../../shared/validation';
import { WorkOrderOutcome } from '../issue-report/issue-report.enums';
import { IssueReport } from '../issue-report/issue-report.entity';
import { reportById } from '../issue-report/issue-report.service';
import { recordWorkOrderOutcome } from '../issue-report/report-handover.service';
import { RecordWorkOrderOutcomeInput } from './report-handover.types';

/** A time as the sender's JSON carries it. */
const asIso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/**
 * property → party (`workorder.outcome`, recordId = property's work-order event id, so
 * resolve → reopen → resolve arrives twice): what became of the work order opened from a
 * report, applied once per event.
 */
@Resolver(() => IssueReport)
export class WorkOrderOutcomeReceiver {
  @InternalOperation('property')
  @Mutation(() => IssueReport, {
    description: 'Internal: property reports what became of the work order opened from a report (topic workorder.outcome).',
  })
  recordWorkOrderOutcome(
    @Arg('input', () => RecordWorkOrderOutcomeInput) @Directive('@inaccessible') input: RecordWorkOrderOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return receiveWorkOrderOutcome(ctx, input);
  }
}

/** The receiver: checks the message, applies the outcome once per event id, and answers with the report. */
export async function receiveWorkOrderOutcome(ctx: RequestContext, input: RecordWorkOrderOutcomeInput): Promise<IssueReport> {
  const viewer = requireViewer(ctx);
  const outcomeId = boundedText(input.outcomeId, 'outcomeId', 100);
  const reportId = assertUuid(input.reportId, 'reportId');
  const workOrderId = assertUuid(input.workOrderId, 'workOrderId');
  if (!Object.values(WorkOrderOutcome).includes(input.status)) throw badInput('Unknown outcome', { field: 'status' });
  const at = new Date(asIso(input.at));
  const payload = { reportId, workOrderId, status: input.status, at: at.toISOString() };
  const result = await receiveOnce(
    ctx.dataSource,
    { topic: WORK_ORDER_OUTCOME_TOPIC, recordId: outcomeId, payload, receivedBy: viewer.actor, at: ctx.clock.now() },
    async (m) => {
      await recordWorkOrderOutcome(m, reportId, workOrderId, input.status, at, viewer.actor);
      return { reportId };
    },
  );
  return reportById(ctx, result.reportId);
}
