import type { EntityManager } from 'typeorm';
import type { NotifyEvent } from '../../../shared/notify/notify-event';
import { enqueueWebhookDeliveries } from '../webhook/webhook-fanout';
import { audienceKey } from './notification-event.entity';

/** The PostgreSQL channel told of every recorded event (payload: its sequence); the push stream LISTENs on it. */
export const NOTIFY_EVENT_CHANNEL = 'notify_event';

/** The transaction lock that orders recordings (an arbitrary constant, notify's own database). */
const RECORDING_LOCK = 14_000_001;

export interface RecordedEvent extends Record<string, unknown> {
  eventId: string;
  /** The stream position, as a decimal string (a bigint). */
  sequence: string;
}

/**
 * Records a checked event (the receiver applies it once per event id) and tells the
 * listeners in the same transaction: `pg_notify` is delivered only if it commits, so a
 * listener never hears of an event it cannot read. The webhooks subscribed to it get
 * their deliveries in the same transaction (webhook/webhook-fanout.ts).
 */
export async function recordEvent(manager: EntityManager, event: NotifyEvent, sender: string, now: Date): Promise<RecordedEvent> {
  // Events are recorded one transaction at a time, so sequences commit in their order:
  // the push stream reads `sequence > the last it sent` and would otherwise skip an event
  // whose transaction took its number first but committed after a later one.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [RECORDING_LOCK]);
  const rows: { sequence: string }[] = await manager.query(
    `INSERT INTO notification_event
       (event_id, kind, record_type, record_id, compound_id, audience, personal, level, text_zh, text_en, occurred_at, recorded_at, sender)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13)
     RETURNING sequence::text AS sequence`,
    [
      event.eventId,
      event.kind,
      event.recordType,
      event.recordId,
      event.compoundId,
      event.audience.map((a) => audienceKey(a.kind, a.scopeId)),
      event.personal,
      event.level,
      event.textZh,
      event.textEn,
      event.occurredAt,
      now,
      sender,
    ],
  );
  const sequence = rows[0].sequence;
  // The webhooks that want it get their delivery with the event, or neither exists.
  await enqueueWebhookDeliveries(manager, event, now);
  await manager.query('SELECT pg_notify($1, $2)', [NOTIFY_EVENT_CHANNEL, sequence]);
  return { eventId: event.eventId, sequence };
}
