import { badInput } from '../../../shared/errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD`, checked to exist (no 2025-02-30). */
export function parseDay(value: string, field: string): string {
  const m = DATE_RE.exec(value ?? '');
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return value;
  }
  throw badInput(`${field} must be a date YYYY-MM-DD: ${JSON.stringify(value)}`, { field });
}
