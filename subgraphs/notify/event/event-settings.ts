import { wholeNumber } from '../../../shared/config';

/**
 * How long `notify` keeps an event (NOTIFY_RETENTION_HOURS, default 72, at least 24):
 * older events are no longer listed and the pruning worker deletes them. The push
 * stream's `Last-Event-ID` replay reaches back as far (issue 14: at least 24 h).
 */
export function notifyRetentionHours(): number {
  return wholeNumber('NOTIFY_RETENTION_HOURS', 72, 24, 'a whole number of hours, at least 24');
}
