import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { groupedByKeys } from '../../../shared/db/loaders';
import { assertUuid, badInput } from '../../../shared/errors';
import type { Clock } from '../../../shared/clock';
import { InternalClient } from '../../../shared/handover/internal-client';
import { receiveOnce } from '../../../shared/handover/receiver';
import { HandoverRoute, OutboxRelay, RelayOptions } from '../../../shared/handover/relay';
import type { RequestContext } from '../../../shared/server/context';
import { canSee } from '../work-order/work-order.access';
import { WorkOrder } from '../work-order/work-order.entity';
import { workOrderById } from '../work-order/work-order.loaders';
import type { Priority, WorkOrderCategory } from '../work-order/work-order.rules';
import { createWorkOrder } from '../work-order/work-order.service';
import { IssueReport } from './issue-report.ref';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { REPORT_TO_PROPERTY_TOPIC, WORK_ORDER_OUTCOME_TOPIC, INTAKE_TO_GRID_TOPIC } from '../../../shared/handover/topics';

/** Party's issue categories, as work-order categories. */
const CATEGORY: Record<string, WorkOrderCategory> = {
  FACILITY_REPAIR: 'FACILITIES',
  ENVIRONMENT: 'CLEANING',
  GREENING: 'GREENERY',
  PARKING_TRAFFIC: 'PARKING',
  SAFETY_HAZARD: 'SECURITY',
};

/** A hazard is answered within a day; the rest at the normal pace. */
const priorityOf = (category: string): Priority => (category === 'SAFETY_HAZARD' ? 'HIGH' : 'NORMAL');

@Directive('@inaccessible')
@InputType({ description: 'Internal: an issue report handed over by the grid (party) to become a work order.' })
export class OpenWorkOrderFromReportInput {
  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: "The report's named area: a common area's key or name." })
  area?: string | null;

  @Field(() => String, { description: "Party's issue category (FACILITY_REPAIR, ENVIRONMENT, ...)." })
  category: string;

  @Field(() => String)
  text: string;
}

/** The common area a report names (key, English or Chinese name), or BAD_USER_INPUT: a permanent refusal. */
async function areaKeyOf(m: EntityManager, compoundId: string, area: string): Promise<string> {
  const rows: { key: string }[] = await m.query(
    `SELECT area_key AS key FROM common_area WHERE compound_id = $1 AND (lower(area_key) = lower($2) OR lower(name) = lower($2) OR name_zh = $2) LIMIT 1`,
    [compoundId, area.trim()],
  );
  if (rows.length === 0) throw badInput(`No common area "${area}" in compound ${compoundId}`, { field: 'area' });
  return rows[0].key;
}

/**
 * party → property, step 3: the grid handed a report to property. Applied once per
 * report id: one COMMON_AREA order (reports name a building or a common area, never a
 * home; home repairs are filed here directly), routed like `createWorkOrder` to the
 * company covering the place today. Nobody covering it (CONFLICT) or an unknown area
 * (BAD_USER_INPUT) is a permanent refusal that party shows on the report. The building
 * is party's own fact, so it is not asked back.
 */
export async function openWorkOrderFromReport(ctx: RequestContext, input: OpenWorkOrderFromReportInput): Promise<{ workOrderId: string }> {
  const viewer = requireViewer(ctx);
  const reportId = assertUuid(input.reportId, 'reportId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const buildingId = input.buildingId ? assertUuid(input.buildingId, 'buildingId') : null;
  const area = input.area?.trim() || null;
  if (!buildingId && !area) throw badInput('The report names neither a building nor an area', { field: 'area' });
  const payload = { reportId, compoundId, buildingId, area, category: input.category, text: input.text };
  return receiveOnce(
    ctx.dataSource,
    { topic: REPORT_TO_PROPERTY_TOPIC, recordId: reportId, payload, receivedBy: viewer.actor, at: ctx.clock.now() },
    async (m) => {
      const order = await createWorkOrder(
        ctx,
        {
          compoundId,
          kind: 'COMMON_AREA',
          buildingId,
          areaKey: buildingId ? null : await areaKeyOf(m, compoundId, area!),
          category: CATEGORY[input.category] ?? 'OTHER',
          priority: priorityOf(input.category),
          description: (input.text ?? '').slice(0, 2000),
        },
        { sourceReportId: reportId, onBehalfOfAnyCompany: true, placeChecked: true },
        m,
      );
      return { workOrderId: order.id };
    },
  );
}

export function workOrdersByReport(ctx: RequestContext) {
  return ctx.loaders.get<string, WorkOrder[]>('workOrdersByReport', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(WorkOrder)
      .find({ where: { sourceReportId: In([...ids]) }, order: { submittedAt: 'ASC', id: 'ASC' } });
    return groupedByKeys(ids, rows, (r) => r.sourceReportId!);
  });
}

@Resolver(() => IssueReport)
export class IssueReportPropertyResolver {
  @FieldResolver(() => [WorkOrder], {
    description: 'The work orders opened from this report (at most one today), as far as you may see them.',
  })
  async workOrders(@Root() report: IssueReport, @Ctx() ctx: RequestContext): Promise<WorkOrder[]> {
    const viewer = requireViewer(ctx);
    return (await workOrdersByReport(ctx).load(report.id)).filter((o) => canSee(viewer, o));
  }

  @Directive('@inaccessible')
  @Authorized('service')
  @Mutation(() => WorkOrder, {
    description: 'Internal: the grid (party) hands an issue report over; opens its work order once (topic report.to-property).',
  })
  async openWorkOrderFromReport(
    @Arg('input', () => OpenWorkOrderFromReportInput) input: OpenWorkOrderFromReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    const { workOrderId } = await openWorkOrderFromReport(ctx, input);
    return (await workOrderById(ctx).load(workOrderId))!;
  }
}

const RECORD_OUTCOME = `mutation RecordWorkOrderOutcome($input: RecordWorkOrderOutcomeInput!) {
  recordWorkOrderOutcome(input: $input) { id }
}`;

const OPEN_REPORT = `mutation OpenReportFromIntake($input: OpenReportFromIntakeInput!) {
  openReportFromIntake(input: $input) { id }
}`;

/** property → party: a work order from a report was resolved or cancelled. */
export const workOrderOutcomeRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ recordWorkOrderOutcome: { id: string } }>('party', RECORD_OUTCOME, { input: message.payload });
    return { reportId: data.recordWorkOrderOutcome.id };
  },
};

/** property → party: after-hours intake handed back to the grid; the intake shows the hand-back's fate. */
export const intakeToGridRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ openReportFromIntake: { id: string } }>('party', OPEN_REPORT, { input: message.payload });
    return { reportId: data.openReportFromIntake.id };
  },
  async onDelivered(m, message, result) {
    await m.query(
      `UPDATE after_hours_intake SET grid_handback = 'DELIVERED', grid_report_id = $2, grid_handback_error = NULL WHERE id = $1`,
      [message.recordId, result.reportId],
    );
  },
  async onFailed(m, message, reason) {
    await m.query(`UPDATE after_hours_intake SET grid_handback = 'FAILED', grid_handback_error = $2 WHERE id = $1`, [
      message.recordId,
      reason,
    ]);
  },
};

/** Property's relay: outcomes and intake hand-backs to party. */
export function propertyRelay(
  dataSource: DataSource,
  clock: Clock,
  client = new InternalClient('property'),
  options: RelayOptions = {},
): OutboxRelay {
  return new OutboxRelay(
    dataSource,
    client,
    { [WORK_ORDER_OUTCOME_TOPIC]: workOrderOutcomeRoute, [INTAKE_TO_GRID_TOPIC]: intakeToGridRoute },
    { clock, ...options },
  );
}
