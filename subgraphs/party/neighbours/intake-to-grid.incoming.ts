import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { assertUuid } from '../../../shared/errors';
import { receiveOnce } from '../../../shared/handover/receiver';
import { INTAKE_TO_GRID_TOPIC } from '../../../shared/handover/topics';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, optionalText } from '../../../shared/validation';
import { IssueReport } from '../issue-report/issue-report.entity';
import { reportById } from '../issue-report/issue-report.service';
import { openReportFromIntake } from '../issue-report/report-handover.service';
import { OpenReportFromIntakeInput } from './report-handover.types';

/** A time as the sender's JSON carries it. */
const asIso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/**
 * property → party (`intake.to-grid`, recordId = intake id): after-hours intake taken by
 * property's staff at the station opens a report for the grid, once per intake.
 */
@Resolver(() => IssueReport)
export class IntakeToGridReceiver {
  @InternalOperation('property')
  @Mutation(() => IssueReport, {
    description: 'Internal: property hands after-hours intake back to the grid as an issue report (topic intake.to-grid).',
  })
  openReportFromIntake(
    @Arg('input', () => OpenReportFromIntakeInput) @Directive('@inaccessible') input: OpenReportFromIntakeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return receiveIntake(ctx, input);
  }
}

/** The receiver: checks the message, opens the report once per intake, and answers with it. */
export async function receiveIntake(ctx: RequestContext, input: OpenReportFromIntakeInput): Promise<IssueReport> {
  const viewer = requireViewer(ctx);
  const intakeId = assertUuid(input.intakeId, 'intakeId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
  const area = optionalText(input.area, 'area', 100);
  const text = boundedText(input.text, 'text', 2000).slice(0, 1000);
  const takenAt = new Date(asIso(input.at));
  const payload = { intakeId, compoundId, buildingId, area, text: input.text, at: takenAt.toISOString() };
  const now = ctx.clock.now();
  const result = await receiveOnce(
    ctx.dataSource,
    { topic: INTAKE_TO_GRID_TOPIC, recordId: intakeId, payload, receivedBy: viewer.actor, at: now },
    async (m) => ({
      reportId: await openReportFromIntake(m, { intakeId, compoundId, buildingId, area, text, takenAt }, viewer.actor, now),
    }),
  );
  return reportById(ctx, result.reportId);
}
