import { localMoment } from '../../../shared/time/local-time';
import { CalendarDayKind, DutyTeam } from './station.enums';

export const DUTY_START_MINUTES = 8 * 60 + 30;
export const DUTY_END_MINUTES = 20 * 60;

export interface DutyAnswer {
  team: DutyTeam;
  workingDay: boolean;
  localDate: string;
}

/**
 * Who is on duty at a station at an instant: grid workers on working days from 08:30
 * up to (not including) 20:00 local time, the property company's staff otherwise. A
 * working day is Monday–Friday unless the compound marks it a holiday, or any day it
 * marks a working day (调休).
 */
export function dutyAt(at: Date, timeZone: string, exceptionOf: (localDate: string) => CalendarDayKind | undefined): DutyAnswer {
  const local = localMoment(at, timeZone);
  const exception = exceptionOf(local.date);
  const weekday = local.weekday >= 1 && local.weekday <= 5;
  const workingDay = exception ? exception === CalendarDayKind.WORKING_DAY : weekday;
  const inHours = local.minutes >= DUTY_START_MINUTES && local.minutes < DUTY_END_MINUTES;
  return { team: workingDay && inHours ? DutyTeam.GRID_WORKERS : DutyTeam.PROPERTY_STAFF, workingDay, localDate: local.date };
}
