import type { AudienceKind, NotifyEventKind, NotifyRecordType } from '../../../shared/notify/notify-event';

/** An event as the delivery worker reads it with its delivery (notification_event's columns). */
export interface DeliveredEventRow {
  event_id: string;
  sequence: string;
  kind: NotifyEventKind;
  record_type: NotifyRecordType;
  record_id: string;
  compound_id: string;
  audience: string[];
  personal: boolean;
  level: number | null;
  text_zh: string;
  text_en: string;
  occurred_at: Date;
}

/** What a receiver gets: the Standard Webhooks payload shape (`type`, `timestamp`, `data`). */
export interface WebhookBody {
  type: NotifyEventKind;
  /** When the event happened (the sender's clock), ISO 8601. */
  timestamp: string;
  data: {
    eventId: string;
    sequence: string;
    kind: NotifyEventKind;
    recordType: NotifyRecordType;
    recordId: string;
    compoundId: string;
    /** Who the event is for, by role and scope (RESIDENT:<residentId> for a resident's SMS). */
    audience: { kind: AudienceKind; scopeId: string }[];
    /** True when it speaks of one person (the resident in the audience). */
    personal: boolean;
    level: number | null;
    textZh: string;
    textEn: string;
    occurredAt: string;
  };
}

/**
 * The body of every attempt of a delivery: made from the event row alone, so each retry
 * sends the same bytes (and a receiver that keys on `webhook-id` sees the same content).
 */
export function webhookBody(e: DeliveredEventRow): string {
  const body: WebhookBody = {
    type: e.kind,
    timestamp: e.occurred_at.toISOString(),
    data: {
      eventId: e.event_id,
      sequence: e.sequence,
      kind: e.kind,
      recordType: e.record_type,
      recordId: e.record_id,
      compoundId: e.compound_id,
      audience: e.audience.map((key) => {
        const at = key.indexOf(':');
        return { kind: key.slice(0, at) as AudienceKind, scopeId: key.slice(at + 1) };
      }),
      personal: e.personal,
      level: e.level,
      textZh: e.text_zh,
      textEn: e.text_en,
      occurredAt: e.occurred_at.toISOString(),
    },
  };
  return JSON.stringify(body);
}
