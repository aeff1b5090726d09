import { wholeNumber } from '../../../shared/config';

/** How long a push-stream ticket (`createStreamTicket`) may wait to be redeemed (NOTIFY_TICKET_TTL_S, default 60 s). */
export function notifyTicketTtlS(): number {
  return wholeNumber('NOTIFY_TICKET_TTL_S', 60, 1, 'a whole number of seconds, at least 1');
}

/** Push streams one reader may hold open at once on one notify instance (NOTIFY_STREAMS_PER_READER, default 5). */
export function notifyStreamsPerReader(): number {
  return wholeNumber('NOTIFY_STREAMS_PER_READER', 5, 1, 'a whole number, at least 1');
}

/** How often an idle push stream sends a comment, so proxies keep it open (NOTIFY_STREAM_HEARTBEAT_S, default 15 s). */
export function notifyStreamHeartbeatS(): number {
  return wholeNumber('NOTIFY_STREAM_HEARTBEAT_S', 15, 1, 'a whole number of seconds, at least 1');
}
