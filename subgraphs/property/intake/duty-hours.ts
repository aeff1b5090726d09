import { DEFAULT_TIME_ZONE } from '../../../shared/config';
import { localMoment } from '../../../shared/time/local-time';

/** 08:30 up to (not including) 20:00, local time, on a day the compound works. */
export function isGridDutyTimeOn(instant: Date, workingDay: boolean, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const { minutes } = localMoment(instant, timeZone);
  return workingDay && minutes >= 8 * 60 + 30 && minutes < 20 * 60;
}

/**
 * Grid workers hold the station weekdays 08:30–20:00 (compound time); every other hour
 * is the property company's (after-hours intake, 接件登记). This is the rule without the
 * compound's calendar; intake asks party whether the day is a working day (extra
 * holidays and swapped working days, 调休) and applies `isGridDutyTimeOn`.
 */
export function isGridDutyTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const { weekday } = localMoment(instant, timeZone);
  return isGridDutyTimeOn(instant, weekday !== 0 && weekday !== 6, timeZone);
}
