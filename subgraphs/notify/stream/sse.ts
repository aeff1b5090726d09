/** An event as the stream reads it from `notification_event`. */
export interface StreamEventRow {
  event_id: string;
  sequence: string;
  kind: string;
  record_type: string;
  record_id: string;
  compound_id: string;
  audience: string[];
  personal: boolean;
  level: number | null;
  text_zh: string;
  text_en: string;
  occurred_at: Date;
}

/** The columns every stream query selects, for `notification_event e`. */
export const STREAM_EVENT_COLUMNS = `e.event_id, e.sequence::text AS sequence, e.kind, e.record_type, e.record_id, e.compound_id,
  e.audience, e.personal, e.level, e.text_zh, e.text_en, e.occurred_at`;

/** How long a browser waits before reconnecting, sent once at the start (`retry:`). */
export const RETRY_MS = 3_000;

/** Each event's message, made once however many streams it goes to (a burst is events × readers). */
const messages = new WeakMap<StreamEventRow, string>();

/** One notification as an SSE message: `id` its sequence (what `Last-Event-ID` sends back). */
export function notificationMessage(row: StreamEventRow): string {
  let message = messages.get(row);
  if (message === undefined) messages.set(row, (message = formatNotification(row)));
  return message;
}

function formatNotification(row: StreamEventRow): string {
  const data = {
    id: row.event_id,
    sequence: row.sequence,
    kind: row.kind,
    recordType: row.record_type,
    recordId: row.record_id,
    compoundId: row.compound_id,
    level: row.level,
    textZh: row.text_zh,
    textEn: row.text_en,
    occurredAt: row.occurred_at.toISOString(),
  };
  return `id: ${row.sequence}\nevent: notification\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Told to a client whose `Last-Event-ID` is older than what notify still keeps. */
export function resetMessage(lastEventId: string): string {
  const data = {
    reason: 'EVENTS_PRUNED',
    lastEventId,
    message: 'Events after your last one are no longer kept (NOTIFY_RETENTION_HOURS): reload your notifications; live events follow.',
  };
  return `event: reset\ndata: ${JSON.stringify(data)}\n\n`;
}

export const retryMessage = () => `retry: ${RETRY_MS}\n\n`;
export const heartbeatMessage = () => `: heartbeat\n\n`;
