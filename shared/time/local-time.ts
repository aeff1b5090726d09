import { DEFAULT_TIME_ZONE } from '../config';

/**
 * Calendar rules (a day's price, a month's settlement, "in force today", duty hours) are
 * read in the compound's time zone. Intl does the zone arithmetic, so a zone with DST
 * or another offset gives the right local day too; Asia/Shanghai is the default.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (building one is costly); h23 so midnight reads 00, not 24. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local month (YYYY-MM) of an instant. */
export function localPeriod(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return localDate(at, timeZone).slice(0, 7);
}

/** Local date, weekday (0 = Sunday) and minutes since local midnight of an instant. */
export function localMoment(at: Date, timeZone: string = DEFAULT_TIME_ZONE): { date: string; weekday: number; minutes: number } {
  const p = localParts(at, timeZone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, weekday: p.weekday, minutes: p.hour * 60 + p.minute };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (whole seconds). */
function offsetMs(at: number, timeZone: string): number {
  const p = localParts(new Date(at), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant the local date y-m-d starts (its first wall-clock moment). Month and day may
 * overflow (day 32 is the next month's 1st) as with Date.UTC. Guess with the offset at the
 * wall time read as UTC, correct once with the offset at the guess (settles a DST change
 * between the two); if neither fits, local midnight fell in a DST gap and the day starts
 * at the later candidate, the end of the gap.
 */
export function localMidnight(year: number, month: number, day: number, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - offsetMs(wall, timeZone);
  const offsetAtGuess = offsetMs(guess, timeZone);
  if (guess + offsetAtGuess === wall) return new Date(guess);
  const corrected = wall - offsetAtGuess;
  if (corrected + offsetMs(corrected, timeZone) === wall) return new Date(corrected);
  return new Date(Math.max(guess, corrected));
}

const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** [start, end) of a month `YYYY-MM` in a zone, as instants. The caller has validated `period`. */
export function periodBounds(period: string, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const m = PERIOD_RE.exec(period);
  if (!m) throw new RangeError(`not a period YYYY-MM: ${JSON.stringify(period)}`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  return { start: localMidnight(year, month, 1, timeZone), end: localMidnight(year, month + 1, 1, timeZone) };
}

/** [start, end) of a local day `YYYY-MM-DD` in a zone, as instants. The caller has validated `date`. */
export function dayBounds(date: string, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { start: localMidnight(y, mo, d, timeZone), end: localMidnight(y, mo, d + 1, timeZone) };
}
