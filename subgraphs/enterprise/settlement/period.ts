import { badInput } from '../../../shared/errors';

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A settlement period `YYYY-MM` (a month in Asia/Shanghai), checked; `field` names it in
 * the error. Its bounds in time are shared/time/local-time's `periodBounds`.
 */
export function assertPeriod(period: string, field = 'period'): string {
  if (typeof period !== 'string' || !PERIOD_RE.test(period))
    throw badInput(`${field} must be a month as YYYY-MM, got ${JSON.stringify(period)}`, { field });
  return period;
}
