import { badInput } from '../../../shared/errors';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (terms, a convention's first day in force). */
export function validDate(value: string, field: string): string {
  if (
    typeof value !== 'string' ||
    !DATE_RE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badInput(`${field} must be a date YYYY-MM-DD`, { field });
  }
  return value;
}
