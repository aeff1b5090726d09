import { localMidnight, localMoment } from '../../../shared/time/local-time';
import { DUTY_START_MINUTES, dutyAt } from './duty';
import { CalendarDayKind, DutyTeam } from './station.enums';

/** How far ahead to look for the next working day: a year of holidays is no calendar. */
const MAX_DAYS_AHEAD = 366;

/**
 * When the grid's 10-minute promise starts for a report filed at `at`: at once during the
 * grid's duty hours (`dutyAt`), otherwise when duty next begins — 08:30 local on the next
 * working day, honouring the compound's extra holidays and working days (调休). A report
 * filed on a working day before 08:30 starts that same morning.
 */
export function promiseStart(at: Date, timeZone: string, exceptionOf: (localDate: string) => CalendarDayKind | undefined): Date {
  const duty = dutyAt(at, timeZone, exceptionOf);
  if (duty.team === DutyTeam.GRID_WORKERS) return at;
  const local = localMoment(at, timeZone);
  const [y, m, d] = local.date.split('-').map(Number);
  // Today still counts when duty has not begun yet.
  const first = duty.workingDay && local.minutes < DUTY_START_MINUTES ? 0 : 1;
  for (let ahead = first; ahead <= MAX_DAYS_AHEAD; ahead++) {
    const midnight = localMidnight(y, m, d + ahead, timeZone);
    // Noon of that day: safely inside it whatever the zone's DST does around midnight.
    const day = dutyAt(new Date(midnight.getTime() + 12 * 3_600_000), timeZone, exceptionOf);
    if (day.workingDay) return dutyBegins(midnight, timeZone);
  }
  throw new RangeError(`no working day within ${MAX_DAYS_AHEAD} days of ${at.toISOString()} in ${timeZone}`);
}

/** 08:30 wall-clock time of the day that starts at `midnight` (read again after a DST change in the night). */
function dutyBegins(midnight: Date, timeZone: string): Date {
  const guess = new Date(midnight.getTime() + DUTY_START_MINUTES * 60_000);
  const drift = localMoment(guess, timeZone).minutes - DUTY_START_MINUTES;
  return drift === 0 ? guess : new Date(guess.getTime() - drift * 60_000);
}
