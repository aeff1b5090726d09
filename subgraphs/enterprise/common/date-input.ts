import { badInput } from '../../../shared/errors';

/**
 * Period and date inputs of the enterprise API, checked with its own messages. The zone
 * arithmetic on them (local date, month bounds) is shared/time/local-time.
 */

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A settlement period `YYYY-MM`, checked; `field` names it in the error. */
export function assertPeriod(period: string, field = 'period'): string {
  if (typeof period !== 'string' || !PERIOD_RE.test(period))
    throw badInput(`${field} must be a month as YYYY-MM, got ${JSON.stringify(period)}`, { field });
  return period;
}

/** A calendar date `YYYY-MM-DD` that exists (no 31 April, no 29 February 2025). */
export function assertDate(date: string, field = 'date'): string {
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (!m) throw badInput(`${field} must be a date as YYYY-MM-DD, got ${JSON.stringify(date)}`, { field });
  const probe = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (probe.toISOString().slice(0, 10) !== date) throw badInput(`${field} is not a calendar date: ${date}`, { field });
  return date;
}
