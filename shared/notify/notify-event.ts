import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { enqueueHandover } from '../handover/outbox';
import { InternalCallError, isPermanentCode } from '../handover/internal-client';
import type { HandoverRoute } from '../handover/handover-route';
import { NOTIFY_EVENT_TOPIC } from '../handover/topics';

/**
 * The contract between every sender and the `notify` service (通知): what an event says
 * and to whom, by role and scope — never a list of people copied into the event. The
 * sender enqueues it in its own transaction (`enqueueNotifyEvent`); its relay delivers it
 * to notify's internal `recordNotifyEvent` (`notifyEventRoute`); notify records it once
 * per event id and decides, for each reader, whether the reader's token (and property's
 * staff records) places them in the audience.
 */

/** What happened. Senders own their kinds; notify only stores and delivers them. */
export const NOTIFY_EVENT_KINDS = [
  /** party: a report came in (to the grid workers on duty, or property's after-hours staff). */
  'REPORT_FILED',
  /** party: a report missed a deadline of the 10-minute promise (level 1, 2...). */
  'REPORT_ESCALATED',
  /** party → the reporting resident: a grid worker responded. */
  'REPORT_RESPONDED',
  /** party → the reporting resident: the report was handed to the property company. */
  'REPORT_HANDED_TO_PROPERTY',
  /** party → the reporting resident: the report was resolved in the community. */
  'REPORT_RESOLVED',
  /** property → the resident: a work order was dispatched to a staff member. */
  'WORK_ORDER_DISPATCHED',
  /** property → the resident: a work order was resolved; confirm or reopen it. */
  'WORK_ORDER_RESOLVED',
  /** property → the resident: a work order was closed out (confirmed or cancelled). */
  'WORK_ORDER_CLOSED',
  /** property → the resident: a work order was reopened. */
  'WORK_ORDER_REOPENED',
  /** property: a work order is still open at its SLA deadline (duty managers and grid workers). */
  'WORK_ORDER_SLA_BREACHED',
] as const;
export type NotifyEventKind = (typeof NOTIFY_EVENT_KINDS)[number];

/**
 * Who an event is for, by role and scope. Notify matches them against the reader:
 * - GRID_WORKERS {compoundId}: `grid_worker` granted for that compound;
 * - PARTY_SECRETARY {compoundId}: `party_secretary` granted for that compound;
 * - COMMUNITY_PARTY_SECRETARIES {communityId}: `party_secretary` granted for that community;
 * - PROPERTY_ON_DUTY {compoundId}: `property_staff` of a company whose contract covers the
 *   compound's service station (after-hours intake, the station's `onDuty` rule);
 * - DUTY_MANAGERS {companyId}: staff of that company marked duty managers in property;
 * - RESIDENT {residentId}: the resident whose token carries that `residentId`.
 */
export const AUDIENCE_KINDS = [
  'GRID_WORKERS',
  'PARTY_SECRETARY',
  'COMMUNITY_PARTY_SECRETARIES',
  'PROPERTY_ON_DUTY',
  'DUTY_MANAGERS',
  'RESIDENT',
] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export interface Audience {
  kind: AudienceKind;
  /** The scope's id: a compound, community, company or resident id, as the kind says. */
  scopeId: string;
}

/** The scope each audience kind names. */
export const AUDIENCE_SCOPE: Record<AudienceKind, 'compound' | 'community' | 'company' | 'resident'> = {
  GRID_WORKERS: 'compound',
  PARTY_SECRETARY: 'compound',
  COMMUNITY_PARTY_SECRETARIES: 'community',
  PROPERTY_ON_DUTY: 'compound',
  DUTY_MANAGERS: 'company',
  RESIDENT: 'resident',
};

/** The record an event is about: its type in the graph and its id. */
export type NotifyRecordType = 'IssueReport' | 'WorkOrder';

export interface NotifyEvent {
  /** The sender's stable id for this event (`notifyEventId`): notify records each once. */
  eventId: string;
  kind: NotifyEventKind;
  recordType: NotifyRecordType;
  recordId: string;
  compoundId: string;
  audience: Audience[];
  /** True when the event speaks of one person (a resident's own report): analysts never see it. */
  personal: boolean;
  /** The message in Chinese and in English, written by the sender. */
  textZh: string;
  textEn: string;
  /** The escalation level, for REPORT_ESCALATED; otherwise null. */
  level: number | null;
  /** When it happened, by the sender's clock. */
  occurredAt: Date;
}

/**
 * A stable event id from what makes the event unique for its sender (e.g. kind, record
 * id and level), so enqueueing the same fact twice — a retried job, a replayed hand-over —
 * is one event. A name-based UUID (RFC 9562 version 8 layout over SHA-256).
 */
export function notifyEventId(...parts: (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** What goes over the wire to `recordNotifyEvent` (the `NotifyEventInput` of notify's schema). */
export function notifyEventPayload(event: NotifyEvent): Record<string, unknown> {
  return {
    eventId: event.eventId,
    kind: event.kind,
    recordType: event.recordType,
    recordId: event.recordId,
    compoundId: event.compoundId,
    audience: event.audience.map((a) => ({ kind: a.kind, scopeId: a.scopeId })),
    personal: event.personal,
    textZh: event.textZh,
    textEn: event.textEn,
    level: event.level,
    occurredAt: event.occurredAt.toISOString(),
  };
}

/**
 * Step 1, inside the sender's transaction: the event commits (or rolls back) with the
 * change it tells of. The same event id twice is kept once.
 */
export async function enqueueNotifyEvent(manager: EntityManager, event: NotifyEvent, actor: string): Promise<void> {
  await enqueueHandover(manager, {
    topic: NOTIFY_EVENT_TOPIC,
    recordId: event.eventId,
    payload: notifyEventPayload(event),
    actor,
    at: event.occurredAt,
  });
}

const RECORD_NOTIFY_EVENT = `mutation RecordNotifyEvent($input: NotifyEventInput!) {
  recordNotifyEvent(input: $input) { eventId sequence }
}`;

const RECORD_NOTIFY_EVENTS = `mutation RecordNotifyEvents($inputs: [NotifyEventInput!]!) {
  recordNotifyEvents(inputs: $inputs) { eventId sequence code message }
}`;

/**
 * Step 2, every sender's relay: notify's internal `recordNotifyEvent`, or, for a burst,
 * `recordNotifyEvents` with up to 25 at once (one call, one outcome per event).
 */
export const notifyEventRoute: HandoverRoute = {
  // Each event is a fact of its own, ordered on the stream by notify: several may go at once.
  concurrent: true,
  async deliverBatch(client, messages) {
    const data = await client.request<{
      recordNotifyEvents: { eventId: string | null; sequence: string | null; code: string | null; message: string | null }[];
    }>('notify', RECORD_NOTIFY_EVENTS, { inputs: messages.map((m) => m.payload) });
    return data.recordNotifyEvents.map((outcome) =>
      outcome.sequence !== null
        ? { result: { eventId: outcome.eventId, sequence: outcome.sequence } }
        : {
            error: new InternalCallError(
              outcome.message ?? 'refused',
              isPermanentCode(outcome.code ?? ''),
              outcome.code ?? 'INTERNAL_SERVER_ERROR',
            ),
          },
    );
  },
  async deliver(client, message) {
    const data = await client.request<{ recordNotifyEvent: { eventId: string; sequence: string } }>('notify', RECORD_NOTIFY_EVENT, {
      input: message.payload,
    });
    return { eventId: data.recordNotifyEvent.eventId, sequence: data.recordNotifyEvent.sequence };
  },
};
