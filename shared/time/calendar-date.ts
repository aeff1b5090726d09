import { badInput } from '../errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM-DD` naming a day that exists (no 31 April, no 29 February 2026). */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A calendar day `YYYY-MM-DD` that exists; `field` names it in the error. */
export function calendarDate(value: unknown, field = 'date'): string {
  if (!isCalendarDate(value)) throw badInput(`${field} must be a date YYYY-MM-DD`, { field });
  return value;
}

/** A calendar day that is not after `today` (a birth date: 'today' in the viewer's zone, YYYY-MM-DD). */
export function pastOrToday(value: string, today: string, field: string): string {
  const date = calendarDate(value, field);
  if (date > today) throw badInput(`${field} is in the future`, { field });
  return date;
}

/** `YYYY-MM`, a month (settlement and report periods). */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_RE.test(value);
}

/** A month `YYYY-MM`; `field` names it in the error. Its bounds in time are local-time's `periodBounds`. */
export function calendarMonth(value: unknown, field = 'period'): string {
  if (!isCalendarMonth(value)) throw badInput(`${field} must be a month YYYY-MM`, { field });
  return value;
}
