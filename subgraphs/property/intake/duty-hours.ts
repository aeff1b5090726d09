import { DEFAULT_TIME_ZONE } from '../../../shared/config';

/**
 * Grid workers hold the station weekdays 08:30–20:00 (compound time); every other hour
 * is the property company's (after-hours intake, 接件登记). Extra holidays and swapped
 * working days (调休) are party's calendar: when party answers "who is on duty at T",
 * that answer replaces this rule.
 */
export function isGridDutyTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = get('weekday');
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  return minutes >= 8 * 60 + 30 && minutes < 20 * 60;
}
