import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import type { Clock } from '../../../shared/clock';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import { enqueueHandover } from '../../../shared/handover/outbox';
import { OutboxMessage } from '../../../shared/handover/outbox-message.entity';
import { receiveOnce } from '../../../shared/handover/receiver';
import { InternalClient } from '../../../shared/handover/internal-client';
import { HandoverRoute, OutboxRelay, RelayOptions } from '../../../shared/handover/relay';
import type { RequestContext } from '../../../shared/server/context';
import { optionalText, requiredText } from '../common/validation';
import { Building } from '../org-tree/building.entity';
import { Compound } from '../org-tree/compound.entity';
import { IssueReport, IssueReportEntry } from './issue-report.entity';
import { outcomeEffect } from './issue-report.service';
import { HandoverState, IssueCategory, IssueEntryKind, IssueSource, IssueStatus, WorkOrderOutcome } from './issue-report.types';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import { REPORT_TO_PROPERTY_TOPIC, WORK_ORDER_OUTCOME_TOPIC, INTAKE_TO_GRID_TOPIC } from '../../../shared/handover/topics';

/** Who writes party's side of a hand-over when no person does (the relay's bookkeeping). */
const RELAY_ACTOR = 'service:party-relay';

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
 * Step 1 of party → property, inside the grid worker's transaction: the outbox row that
 * promises the work order. A report opens at most one work order (property keys it by
 * report id), so a report whose hand-over was delivered cannot be handed over again
 * (CONFLICT: resolve it in the community or blow the whistle); one whose hand-over was
 * refused for good can be, once the gap is fixed: the same row is sent again.
 */
export async function enqueueReportToProperty(m: EntityManager, report: IssueReport, actor: string, at: Date): Promise<void> {
  const payload = {
    reportId: report.id,
    compoundId: report.compoundId,
    buildingId: report.buildingId,
    area: report.area,
    category: report.category,
    text: report.description,
  };
  const [existing] = await m.query(`SELECT id, status, result FROM handover_outbox WHERE topic = $1 AND record_id = $2 FOR UPDATE`, [
    REPORT_TO_PROPERTY_TOPIC,
    report.id,
  ]);
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
  const [row] = await m.query(`SELECT id FROM handover_outbox WHERE topic = $1 AND record_id = $2`, [REPORT_TO_PROPERTY_TOPIC, report.id]);
  report.handoverId = row.id;
}

const OPEN_WORK_ORDER = `mutation OpenWorkOrderFromReport($input: OpenWorkOrderFromReportInput!) {
  openWorkOrderFromReport(input: $input) { id }
}`;

/**
 * Step 2 of party → property. Delivered: the report keeps the work order's id. Refused
 * for good (nobody covers the place, an area property does not know): the report goes
 * back to the grid (RESPONDED) with the reason on its timeline.
 */
export const reportToPropertyRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ openWorkOrderFromReport: { id: string } }>('property', OPEN_WORK_ORDER, { input: message.payload });
    return { workOrderId: data.openWorkOrderFromReport.id };
  },
  async onDelivered(m, message, result) {
    await m.query(`UPDATE issue_report SET work_order_id = $2 WHERE id = $1`, [message.recordId, result.workOrderId]);
  },
  async onFailed(m, message, reason) {
    const report = await m.findOne(IssueReport, { where: { id: message.recordId }, lock: { mode: 'pessimistic_write' } });
    if (!report) return;
    const at = message.failedAt ?? new Date();
    if (report.status === IssueStatus.HANDED_TO_PROPERTY && report.handoverId === message.id) {
      report.status = IssueStatus.RESPONDED;
      report.path = null;
      report.updatedBy = RELAY_ACTOR;
      report.updatedAt = at;
      await m.save(report);
    }
    await addEntry(m, report.id, IssueEntryKind.HANDOVER_FAILED, reason.slice(0, 1000), RELAY_ACTOR, at);
  },
};

/** Party's relay: reports handed to property. */
export function partyRelay(
  dataSource: DataSource,
  clock: Clock,
  client = new InternalClient('party'),
  options: RelayOptions = {},
): OutboxRelay {
  return new OutboxRelay(dataSource, client, { [REPORT_TO_PROPERTY_TOPIC]: reportToPropertyRoute }, { clock, ...options });
}

@ObjectType({ description: "The report's hand-over to the property company (the work order is opened by property, asynchronously)." })
export class ReportHandover {
  @Field(() => HandoverState)
  status: HandoverState;

  @Field(() => ID, { nullable: true, description: 'The work order property opened, once delivered.' })
  workOrderId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, or the last transient error while it is still pending (e.g. property unreachable).',
  })
  error: string | null;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @Field(() => Date)
  handedAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

const handoverById = (ctx: RequestContext) => byIdLoader(ctx, 'reportHandoverById', OutboxMessage);

@Directive('@inaccessible')
@InputType({ description: 'Internal: the outcome of a work order opened from a report, handed over by property.' })
export class RecordWorkOrderOutcomeInput {
  @Field(() => String, { description: "Property's id of the outcome event: the idempotency key." })
  outcomeId: string;

  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  workOrderId: string;

  @Field(() => WorkOrderOutcome)
  status: WorkOrderOutcome;

  @Field(() => Date, { description: "When property's server recorded it." })
  at: Date;
}

@Directive('@inaccessible')
@InputType({ description: 'Internal: after-hours intake handed back to the grid by property.' })
export class OpenReportFromIntakeInput {
  @Field(() => ID)
  intakeId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String)
  text: string;

  @Field(() => Date, { description: 'When the property staff took it at the station.' })
  at: Date;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: 'The common area (property key), when not a building.' })
  area?: string | null;
}

const asIso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

@Resolver(() => IssueReport)
export class ReportHandoverResolver {
  @FieldResolver(() => ReportHandover, {
    nullable: true,
    description:
      'The hand-over to property: PENDING (retried while property is unreachable), DELIVERED with the work order, or FAILED with the reason.',
  })
  async propertyHandover(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<ReportHandover | null> {
    if (!r.handoverId) return null;
    const message = await handoverById(ctx).load(r.handoverId);
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

  @Directive('@inaccessible')
  @Authorized('service')
  @Mutation(() => IssueReport, {
    description: 'Internal: property reports what became of the work order opened from a report (topic workorder.outcome).',
  })
  async recordWorkOrderOutcome(
    @Arg('input', () => RecordWorkOrderOutcomeInput) input: RecordWorkOrderOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    const viewer = requireViewer(ctx);
    const outcomeId = requiredText(input.outcomeId, 'outcomeId', 100);
    const reportId = assertUuid(input.reportId, 'reportId');
    const workOrderId = assertUuid(input.workOrderId, 'workOrderId');
    if (!Object.values(WorkOrderOutcome).includes(input.status)) throw badInput('Unknown outcome', { field: 'status' });
    const at = new Date(asIso(input.at));
    const payload = { reportId, workOrderId, status: input.status, at: at.toISOString() };
    const result = await receiveOnce(
      ctx.dataSource,
      { topic: WORK_ORDER_OUTCOME_TOPIC, recordId: outcomeId, payload, receivedBy: viewer.actor, at: ctx.clock.now() },
      async (m) => {
        const report = await m.findOne(IssueReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
        if (!report) throw notFound('IssueReport', reportId);
        await applyOutcome(m, report, workOrderId, input.status, at, viewer.actor);
        return { reportId };
      },
    );
    return await ctx.dataSource.getRepository(IssueReport).findOneByOrFail({ id: result.reportId });
  }

  @Directive('@inaccessible')
  @Authorized('service')
  @Mutation(() => IssueReport, {
    description: 'Internal: property hands after-hours intake back to the grid as an issue report (topic intake.to-grid).',
  })
  async openReportFromIntake(
    @Arg('input', () => OpenReportFromIntakeInput) input: OpenReportFromIntakeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    const viewer = requireViewer(ctx);
    const intakeId = assertUuid(input.intakeId, 'intakeId');
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
    const area = optionalText(input.area, 'area', 100);
    const text = requiredText(input.text, 'text', 2000).slice(0, 1000);
    const at = new Date(asIso(input.at));
    const payload = { intakeId, compoundId, buildingId, area, text: input.text, at: at.toISOString() };
    const now = ctx.clock.now();
    const result = await receiveOnce(
      ctx.dataSource,
      { topic: INTAKE_TO_GRID_TOPIC, recordId: intakeId, payload, receivedBy: viewer.actor, at: now },
      async (m) => {
        if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
        if (buildingId) {
          const building = await m.findOneBy(Building, { id: buildingId });
          if (!building || building.compoundId !== compoundId)
            throw badInput('The building is not in this compound', { field: 'buildingId' });
        }
        const report = Object.assign(new IssueReport(), {
          id: randomUUID(),
          compoundId,
          buildingId,
          // The intake happened at the station: without a building or area, that is where.
          area: buildingId ? null : (area ?? 'service-station'),
          category: IssueCategory.OTHER,
          description: text,
          source: IssueSource.PROPERTY_INTAKE,
          reporterId: viewer.actor,
          reporterResidentId: null,
          status: IssueStatus.SUBMITTED,
          path: null,
          // The grid's 10-minute promise runs from when the report reaches it, not from
          // the after-hours visit (the grid was off duty then); that time is on the entry.
          reportedAt: now,
          sourceIntakeId: intakeId,
          reopenCount: 0,
        });
        stampCreated(report, viewer.actor, now);
        await m.insert(IssueReport, report);
        await addEntry(
          m,
          report.id,
          IssueEntryKind.REPORTED,
          `After-hours intake at the service station, taken ${at.toISOString()}`,
          viewer.actor,
          now,
        );
        return { reportId: report.id };
      },
    );
    return await ctx.dataSource.getRepository(IssueReport).findOneByOrFail({ id: result.reportId as string });
  }
}

/** Records property's outcome on the report (see `outcomeEffect` for the states) and on its timeline. */
export async function applyOutcome(
  m: EntityManager,
  report: IssueReport,
  workOrderId: string,
  status: WorkOrderOutcome,
  at: Date,
  actor: string,
): Promise<void> {
  report.workOrderId ??= workOrderId;
  report.workOrderOutcome = status;
  report.workOrderOutcomeAt = at;
  const effect = outcomeEffect(report.status, report.path, status);
  if (effect) {
    report.status = effect.status;
    report.path = effect.path;
    if (effect.resolves) {
      report.resolvedAt = at;
      report.resolvedBy = actor;
      report.resolutionNote = `Resolved by the property company (work order ${workOrderId})`;
    }
  }
  report.updatedBy = actor;
  report.updatedAt = at;
  await m.save(report);
  const kind = status === WorkOrderOutcome.RESOLVED ? IssueEntryKind.WORK_ORDER_RESOLVED : IssueEntryKind.WORK_ORDER_CANCELLED;
  await addEntry(m, report.id, kind, `Work order ${workOrderId}`, actor, at);
}
