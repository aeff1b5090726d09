import { DEFAULT_TIME_ZONE } from '../../../shared/config';

function localParts(instant: Date, timeZone: string): { weekday: string; minutes: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { weekday: get('weekday'), minutes: Number(get('hour')) * 60 + Number(get('minute')), date: `${get('year')}-${get('month')}-${get('day')}` };
}

/** The compound's local date (YYYY-MM-DD) at an instant: the key of its calendar. */
export function localDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return localParts(instant, timeZone).date;
}

/** 08:30 up to (not including) 20:00, local time, on a day the compound works. */
export function isGridDutyTimeOn(instant: Date, workingDay: boolean, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const { minutes } = localParts(instant, timeZone);
  return workingDay && minutes >= 8 * 60 + 30 && minutes < 20 * 60;
}

/**
 * Grid workers hold the station weekdays 08:30–20:00 (compound time); every other hour
 * is the property company's (after-hours intake, 接件登记). This is the rule without the
 * compound's calendar; intake asks party whether the day is a working day (extra
 * holidays and swapped working days, 调休) and applies `isGridDutyTimeOn`.
 */
export function isGridDutyTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const { weekday } = localParts(instant, timeZone);
  return isGridDutyTimeOn(instant, weekday !== 'Sat' && weekday !== 'Sun', timeZone);
}
