import { badInput } from '../../../shared/errors';
import { pastOrToday } from '../../../shared/time/calendar-date';
import { localDate } from '../../../shared/time/local-time';

/** A resident's birth date: a real date, not after today in the compound's zone, not before 1900. */
export function birthDate(value: string | null | undefined, now: Date, timeZone = 'Asia/Shanghai', field = 'birthDate'): string | null {
  if (value === null || value === undefined) return null;
  const date = pastOrToday(value, localDate(now, timeZone), field);
  if (date < '1900-01-01') throw badInput(`${field} is before 1900`, { field });
  return date;
}
