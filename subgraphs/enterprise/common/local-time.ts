import { badInput } from '../../../shared/errors';

/**
 * Day and month rules (a settlement month, a meal date, the day's veg price) are read in
 * the compound's time zone, Asia/Shanghai by default. China has kept UTC+8 all year
 * since 1991, so the offset is fixed and the arithmetic needs no tz database.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The local month (YYYY-MM) of an instant. */
export function localPeriod(at: Date): string {
  return localDate(at).slice(0, 7);
}

/** A settlement period `YYYY-MM`, checked; `field` names it in the error. */
export function assertPeriod(period: string, field = 'period'): string {
  if (typeof period !== 'string' || !PERIOD_RE.test(period)) throw badInput(`${field} must be a month as YYYY-MM, got ${JSON.stringify(period)}`, { field });
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

/** [start, end) of a month in Asia/Shanghai, as instants. */
export function periodBounds(period: string): { start: Date; end: Date } {
  const m = PERIOD_RE.exec(assertPeriod(period))!;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return {
    start: new Date(Date.UTC(year, month - 1, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS),
  };
}

/** [start, end) of a local day in Asia/Shanghai, as instants. */
export function dayBounds(date: string): { start: Date; end: Date } {
  const [y, mo, d] = assertDate(date).split('-').map(Number);
  return { start: new Date(Date.UTC(y, mo - 1, d) - SHANGHAI_OFFSET_MS), end: new Date(Date.UTC(y, mo - 1, d + 1) - SHANGHAI_OFFSET_MS) };
}
