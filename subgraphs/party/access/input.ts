import { badInput } from '../../../shared/errors';
import { localDate } from '../../../shared/time/local-time';

/** A required display name: trimmed, 1..max characters (counted as code points, so 张三 is 2). */
export function requiredText(value: string | null | undefined, field: string, max = 50): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) throw badInput(`${field} must not be empty`, { field });
  if ([...trimmed].length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return trimmed;
}

export function optionalText(value: string | null | undefined, field: string, max = 200): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  if ([...trimmed].length > max) throw badInput(`${field} must be at most ${max} characters`, { field });
  return trimmed;
}

const MOBILE = /^1[3-9]\d{9}$/;
// Landline with area code: 0 + 2–3 digit area code, optional hyphen, 7–8 digit number.
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** A Chinese phone number: mobile 1[3-9]xxxxxxxxx or a landline with area code. Spaces are ignored. */
export function chinesePhone(value: string | null | undefined, field = 'phone'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const compact = value.replace(/\s+/g, '');
  if (!MOBILE.test(compact) && !LANDLINE.test(compact)) {
    throw badInput(`${field} is not a Chinese mobile (1[3-9] + 9 digits) or landline (0xx-xxxxxxxx) number`, { field });
  }
  return compact;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date YYYY-MM-DD. */
export function calendarDate(value: string, field: string): string {
  const m = DATE.exec(value ?? '');
  if (!m) throw badInput(`${field} must be a date YYYY-MM-DD`, { field });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw badInput(`${field} is not a calendar date`, { field });
  }
  return value;
}

/** A birth date: a real date, not after today in the compound's zone, not before 1900. */
export function birthDate(value: string | null | undefined, now: Date, timeZone = 'Asia/Shanghai', field = 'birthDate'): string | null {
  if (value === null || value === undefined) return null;
  const date = calendarDate(value, field);
  if (date > localDate(now, timeZone)) throw badInput(`${field} is in the future`, { field });
  if (date < '1900-01-01') throw badInput(`${field} is before 1900`, { field });
  return date;
}
