import { badInput } from '../../../shared/errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 31 April, no 29 February 2025); `field` names it in the error. */
export function assertDate(date: string, field = 'date'): string {
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (!m) throw badInput(`${field} must be a date as YYYY-MM-DD, got ${JSON.stringify(date)}`, { field });
  const probe = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (probe.toISOString().slice(0, 10) !== date) throw badInput(`${field} is not a calendar date: ${date}`, { field });
  return date;
}
