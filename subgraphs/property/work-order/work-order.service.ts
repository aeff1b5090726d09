import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, excerpt, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { chinesePhone } from '../../../shared/validation';
import { isCompanyStaffOf, mayActOnWorkOrder, requesterOf } from '../access/access';
import { areaKeyNamed, isCommonArea } from '../common-area/common-area.service';
import { responsibleFor } from '../contract/coverage.service';
import { areaZone, buildingZone } from '../contract/zone-key';
import { assertBuildingInCompound } from '../neighbours/party.lookups';
import { onWorkOrderOutcome } from '../neighbours/work-order-outcome.outgoing';
import { enqueueNotifyEvent } from '../../../shared/notify/notify-event';
import { activeStaffMember } from '../staff/staff.service';
import { rearmSlaDue, scheduleSlaDue } from './sla-due';
import { residentNotice, ResidentNoticeKind } from './work-order-notices';
import { WorkOrder } from './work-order.entity';
import {
  nextStatus,
  PRIORITIES,
  Priority,
  slaDeadline,
  WORK_ORDER_CATEGORIES,
  WORK_ORDER_KINDS,
  WorkOrderAction,
  WorkOrderCategory,
  WorkOrderKind,
} from './work-order-flow';

export interface NewWorkOrder {
  compoundId: string;
  kind: WorkOrderKind;
  buildingId?: string | null;
  areaKey?: string | null;
  locationDetail?: string | null;
  category: WorkOrderCategory;
  priority: Priority;
  description: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** Where an order is, as a zone key; input shape checked. */
export function locationZone(input: Pick<NewWorkOrder, 'kind' | 'buildingId' | 'areaKey'>): string {
  if (!WORK_ORDER_KINDS.includes(input.kind)) throw badInput('Unknown kind', { field: 'kind' });
  if (!!input.buildingId === !!input.areaKey) throw badInput('Name exactly one of buildingId and areaKey', { field: 'buildingId' });
  if (input.kind === 'HOME_REPAIR' && !input.buildingId)
    throw badInput('A home repair names the building of the home', { field: 'buildingId' });
  return input.buildingId ? buildingZone(assertUuid(input.buildingId, 'buildingId')) : areaZone(input.areaKey!);
}

/** Writes one step of the order's history; returns the event's id. */
async function insertEvent(
  m: EntityManager,
  orderId: string,
  from: string | null,
  to: string,
  action: string,
  actor: string,
  at: Date,
  note: string | null,
): Promise<string> {
  const rows: { id: string }[] = await m.query(
    'INSERT INTO work_order_event (work_order_id, from_status, to_status, action, actor, at, note) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id',
    [orderId, from, to, action, actor, at, note],
  );
  return String(rows[0].id);
}

/** Where an order comes from, when not from the requester's own hand. */
export interface WorkOrderOrigin {
  sourceReportId?: string;
  intakeId?: string;
  /** The resident who reported it to the grid (party's hand-over): told of its progress like a requester. */
  residentId?: string | null;
  /** Staff on duty at the station file for whichever company the location belongs to. */
  onBehalfOfAnyCompany?: boolean;
  /** The caller already checked the building with party (before its transaction). */
  placeChecked?: boolean;
}

/**
 * Files a work order and routes it to the company whose contract covers its location
 * today; with none, it is refused naming the gap, and nothing is written.
 */
export async function createWorkOrder(
  ctx: RequestContext,
  input: NewWorkOrder,
  origin: WorkOrderOrigin = {},
  manager?: EntityManager,
): Promise<WorkOrder> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const zone = locationZone(input);
  if (!WORK_ORDER_CATEGORIES.includes(input.category)) throw badInput('Unknown category', { field: 'category' });
  if (!PRIORITIES.includes(input.priority)) throw badInput('Unknown priority', { field: 'priority' });
  const description = (input.description ?? '').trim();
  if (description.length < 1 || description.length > 2000)
    throw badInput('description must be 1 to 2000 characters', { field: 'description' });
  const contactPhone = chinesePhone(input.contactPhone, 'contactPhone');
  const { residentId } = requesterOf(viewer, { kind: input.kind, compoundId });
  if (input.buildingId && !origin.placeChecked) await assertBuildingInCompound(input.buildingId.toLowerCase(), compoundId);

  const now = ctx.clock.now();
  const day = localDate(now);
  const run = async (m: EntityManager) => {
    if (input.areaKey && !(await isCommonArea(m, compoundId, input.areaKey))) {
      throw badInput(`Not a common area of this compound: ${excerpt(input.areaKey)}`, { field: 'areaKey' });
    }
    const owner = await responsibleFor(m, compoundId, zone, day);
    if (!owner) throw conflict(`No property company covers ${zone} of compound ${compoundId} on ${day}`, { uncoveredZone: zone, day });
    // Staff file only for their own company: the order would be another company's work.
    if (!residentId && !origin.onBehalfOfAnyCompany && !viewer.isAdmin && !viewer.isService && !isCompanyStaffOf(viewer, owner)) {
      throw forbidden(`${zone} is served by another company; its staff file this order`);
    }
    const order = stampCreated(
      m.create(WorkOrder, {
        id: randomUUID(),
        compoundId,
        companyId: owner.companyId,
        contractId: owner.contractId,
        kind: input.kind,
        buildingId: input.buildingId ? input.buildingId.toLowerCase() : null,
        areaKey: input.areaKey ?? null,
        locationDetail: input.locationDetail ?? null,
        category: input.category,
        priority: input.priority,
        description,
        residentId: residentId ?? origin.residentId ?? null,
        contactName: input.contactName ?? null,
        contactPhone,
        status: 'SUBMITTED',
        submittedAt: now,
        slaDeadline: slaDeadline(now, input.priority),
        assigneeId: null,
        firstResolvedAt: null,
        resolvedAt: null,
        closedAt: null,
        rating: null,
        reopenCount: 0,
        sourceReportId: origin.sourceReportId ?? null,
        intakeId: origin.intakeId ?? null,
      }),
      viewer.actor,
      now,
    );
    await m.insert(WorkOrder, order);
    await insertEvent(m, order.id, null, 'SUBMITTED', 'SUBMIT', viewer.actor, now, null);
    // Every way in (resident, staff, a party report, intake) comes through here: the SLA is watched from the start.
    await scheduleSlaDue(m, order.id, order.slaDeadline);
    return order;
  };
  return manager ? run(manager) : ctx.dataSource.transaction(run);
}

/** The steps a requesting resident is told of (accepting and starting are the staff's own business). */
const RESIDENT_NOTICE: Partial<Record<WorkOrderAction, ResidentNoticeKind>> = {
  DISPATCH: 'WORK_ORDER_DISPATCHED',
  RESOLVE: 'WORK_ORDER_RESOLVED',
  CONFIRM: 'WORK_ORDER_CLOSED',
  CANCEL: 'WORK_ORDER_CLOSED',
  REOPEN: 'WORK_ORDER_REOPENED',
};

export interface TransitionExtra {
  assigneeId?: string;
  rating?: number | null;
  note?: string | null;
}

/**
 * One step of the flow, on a locked row: input checked, then who, then whether the
 * status allows it (CONFLICT). The server stamps who and when.
 */
export async function transitionWorkOrder(
  ctx: RequestContext,
  id: string,
  action: WorkOrderAction,
  extra: TransitionExtra = {},
): Promise<WorkOrder> {
  const viewer = requireViewer(ctx);
  const orderId = assertUuid(id);
  if (extra.note && extra.note.length > 2000) throw badInput('note is too long', { field: 'note' });
  if (action === 'DISPATCH') assertUuid(extra.assigneeId ?? '', 'assigneeId');
  if (action === 'CONFIRM' && extra.rating !== undefined && extra.rating !== null) {
    if (!Number.isInteger(extra.rating) || extra.rating < 1 || extra.rating > 5)
      throw badInput('rating must be a whole number from 1 to 5', { field: 'rating' });
  }
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const order = await loadOrNotFound(
      m.getRepository(WorkOrder).findOne({ where: { id: orderId }, lock: { mode: 'pessimistic_write' } }),
      'WorkOrder',
      orderId,
    );
    if (!mayActOnWorkOrder(viewer, order, action)) throw forbidden(`You may not ${action.toLowerCase()} this work order`);
    if (action === 'CONFIRM') {
      const requesterConfirms = !!order.residentId;
      if (requesterConfirms && (extra.rating === undefined || extra.rating === null))
        throw badInput('The resident rates the repair (1 to 5) when confirming', { field: 'rating' });
      if (!requesterConfirms && extra.rating != null) throw badInput('Only the requesting resident rates a repair', { field: 'rating' });
    }
    const to = nextStatus(order.status, action);
    if (!to) throw conflict(`A ${order.status} work order cannot be ${action.toLowerCase()}ed`, { status: order.status, action });
    if (action === 'DISPATCH') {
      const worker = await activeStaffMember(m, extra.assigneeId!.toLowerCase(), order.companyId);
      if (!worker) throw badInput("Dispatch only to active staff of the order's company", { field: 'assigneeId' });
      order.assigneeId = worker.id;
    }
    const from = order.status;
    order.status = to;
    if (action === 'RESOLVE') {
      order.resolvedAt = now;
      order.firstResolvedAt ??= now;
    }
    if (action === 'REOPEN') {
      order.reopenCount += 1;
      order.resolvedAt = null;
    }
    if (action === 'CONFIRM') order.rating = extra.rating ?? null;
    if (action === 'CONFIRM' || action === 'CANCEL') order.closedAt = now;
    stampUpdated(order, viewer.actor, now);
    await m.save(order);
    const eventId = await insertEvent(m, order.id, from, to, action, viewer.actor, now, extra.note ?? null);
    // An order from a party report tells party its outcome, in this same transaction.
    if (to === 'RESOLVED' || to === 'CANCELLED') await onWorkOrderOutcome(m, order, eventId, viewer.actor, now);
    if (action === 'REOPEN') await rearmSlaDue(m, order.id, order.slaDeadline);
    // The requesting resident hears of each step that concerns them, with the step.
    const kind = RESIDENT_NOTICE[action];
    const notice = kind && residentNotice(order, kind, eventId, now, to === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED');
    if (notice) await enqueueNotifyEvent(m, notice, viewer.actor);
    return order;
  });
}

/** An issue report the grid (party) handed over, in party's terms. */
export interface HandedOverReport {
  reportId: string;
  compoundId: string;
  buildingId: string | null;
  /** A common area's key or name, when the report names no building. */
  area: string | null;
  /** Party's issue category (FACILITY_REPAIR, ENVIRONMENT, ...). */
  category: string;
  text: string;
  /** The resident who filed the report, when a resident did. */
  residentId?: string | null;
}

/** Party's issue categories, as work-order categories. */
const REPORT_CATEGORY: Record<string, WorkOrderCategory> = {
  FACILITY_REPAIR: 'FACILITIES',
  ENVIRONMENT: 'CLEANING',
  GREENING: 'GREENERY',
  PARKING_TRAFFIC: 'PARKING',
  SAFETY_HAZARD: 'SECURITY',
};

/** A hazard is answered within a day; the rest at the normal pace. */
const reportPriority = (category: string): Priority => (category === 'SAFETY_HAZARD' ? 'HIGH' : 'NORMAL');

/**
 * The work order of a handed-over report, inside the receiver's transaction: one
 * COMMON_AREA order (reports name a building or a common area, never a home; home
 * repairs are filed here directly), routed like `createWorkOrder` to the company
 * covering the place today. Nobody covering it (CONFLICT) or an unknown area
 * (BAD_USER_INPUT) is a permanent refusal that party shows on the report. The building
 * is party's own fact, so it is not asked back.
 */
export async function openWorkOrderFromReport(ctx: RequestContext, m: EntityManager, report: HandedOverReport): Promise<WorkOrder> {
  return createWorkOrder(
    ctx,
    {
      compoundId: report.compoundId,
      kind: 'COMMON_AREA',
      buildingId: report.buildingId,
      areaKey: report.buildingId ? null : await areaKeyNamed(m, report.compoundId, report.area!),
      category: REPORT_CATEGORY[report.category] ?? 'OTHER',
      priority: reportPriority(report.category),
      description: (report.text ?? '').slice(0, 2000),
    },
    { sourceReportId: report.reportId, residentId: report.residentId ?? null, onBehalfOfAnyCompany: true, placeChecked: true },
    m,
  );
}
