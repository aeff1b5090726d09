import type { EntityManager } from 'typeorm';
import type { NotifyEvent } from '../../../shared/notify/notify-event';

/**
 * One delivery per active webhook that wants this event (its kinds include the event's
 * kind, its compounds include the event's compound or it names none), made in the
 * transaction that records the event: an event recorded is an event every subscribed
 * system will be sent, and one never recorded is sent nowhere. Personal events too: a
 * webhook is an operator's system (the SMS gateway that texts the resident), and the
 * body names the audience. Returns how many deliveries were made.
 */
export async function enqueueWebhookDeliveries(
  manager: EntityManager,
  event: Pick<NotifyEvent, 'eventId' | 'kind' | 'compoundId'>,
  now: Date,
): Promise<number> {
  const made: unknown[] = await manager.query(
    `INSERT INTO webhook_delivery (id, webhook_id, event_id, state, attempts, next_attempt_at, created_at)
     SELECT gen_random_uuid(), w.id, $1, 'PENDING', 0, $4, $4 FROM webhook w
     WHERE w.active AND $2 = ANY (w.event_kinds) AND (w.compound_ids IS NULL OR $3::uuid = ANY (w.compound_ids))
     ON CONFLICT (webhook_id, event_id) DO NOTHING
     RETURNING id`,
    [event.eventId, event.kind, event.compoundId, now],
  );
  return made.length;
}
