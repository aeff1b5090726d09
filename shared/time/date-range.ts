import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { Field, InputType } from 'type-graphql';
import { DEFAULT_TIME_ZONE } from '../config';
import { badInput } from '../errors';
import { calendarDate, calendarMonth } from './calendar-date';
import { dayBounds } from './local-time';

/**
 * The one way every field asks for a span of time: `period: DateRange`, local days
 * `from`..`to`, both inclusive, in the compound's time zone (Asia/Shanghai unless the
 * compound says otherwise). The scalar takes any value so that every bad day, in a
 * variable or written inline, a string or not, is refused the same way by
 * `checkedPeriod`: BAD_USER_INPUT naming the field (`period.from`), never a validation
 * failure without a field.
 */
export const LocalDateScalar = new GraphQLScalarType<unknown, string>({
  name: 'LocalDate',
  description: "A calendar day, YYYY-MM-DD, in the compound's time zone (Asia/Shanghai by default).",
  serialize: (value) => String(value),
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

/** The period input, the same in every subgraph. */
@InputType({ description: "Local days from..to, both inclusive, in the compound's time zone (at most ten years)." })
export class DateRange {
  @Field(() => LocalDateScalar, { description: 'The first day.' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'The last day (inclusive).' })
  to: string;
}

/** A checked period: days that exist, `from` ≤ `to`, at most `MAX_PERIOD_YEARS` long. */
export interface Period {
  from: string;
  to: string;
}

export const MAX_PERIOD_YEARS = 10;

/** The names the checks report a period's parts under: `period.from` for the input, `fromMonth` for an old argument. */
export interface PeriodFields {
  from: string;
  to: string;
}

/** The last day a period starting on `from` may reach: the day before the same date ten years on. */
function lastAllowedDay(from: string): string {
  const later = new Date(`${from}T00:00:00Z`);
  later.setUTCFullYear(later.getUTCFullYear() + MAX_PERIOD_YEARS); // 29 February lands on 1 March
  return new Date(later.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** The shared rule of every period, whichever form it came in. */
export function checkedPeriod(from: unknown, to: unknown, fields: PeriodFields = { from: 'period.from', to: 'period.to' }): Period {
  const first = calendarDate(from, fields.from);
  const last = calendarDate(to, fields.to);
  if (last < first) throw badInput(`${fields.to} must not be before ${fields.from}`, { field: fields.to });
  const limit = lastAllowedDay(first);
  if (last > limit)
    throw badInput(`A period spans at most ${MAX_PERIOD_YEARS} years: ${fields.to} is after ${limit}`, { field: fields.to });
  return { from: first, to: last };
}

/** `period: DateRange` checked. */
export function periodOf(range: DateRange, field = 'period'): Period {
  return checkedPeriod(range.from, range.to, { from: `${field}.from`, to: `${field}.to` });
}

/** The last day of a month `YYYY-MM`. */
export function lastDayOf(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Whole months `from`..`to` (`YYYY-MM`, the old arguments of month reports) as a period, checked by the same rule. */
export function monthsAsPeriod(from: unknown, to: unknown, fields: PeriodFields): Period {
  const first = calendarMonth(from, fields.from);
  const last = calendarMonth(to, fields.to);
  return checkedPeriod(`${first}-01`, lastDayOf(last), fields);
}

/** [start, end) of a period in a zone: local midnight of `from` to local midnight after `to`. */
export function periodInstants(period: Period, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  return { start: dayBounds(period.from, timeZone).start, end: dayBounds(period.to, timeZone).end };
}

/** The months `YYYY-MM` a period touches, first and last. */
export function monthsTouched(period: Period): { first: string; last: string } {
  return { first: period.from.slice(0, 7), last: period.to.slice(0, 7) };
}

/**
 * Which form a field's period came in: the `period` input or the field's deprecated
 * arguments (all of them together). Both, or the old ones in part, are BAD_USER_INPUT;
 * neither is too when the period is required, and means "any time" otherwise.
 */
export function periodForm(
  period: DateRange | null | undefined,
  old: Record<string, unknown>,
  required: boolean,
  field = 'period',
): 'period' | 'old' | 'none' {
  const names = Object.keys(old);
  const given = names.filter((name) => old[name] !== null && old[name] !== undefined);
  if (period && given.length) throw badInput(`Give ${field} or ${names.join(' and ')}, not both`, { field });
  if (period) return 'period';
  if (given.length === names.length) return 'old';
  if (given.length) {
    const missing = names.find((name) => !given.includes(name))!;
    throw badInput(`${missing} is required with ${given.join(' and ')} (or give ${field})`, { field: missing });
  }
  if (required) throw badInput(`${field} is required`, { field });
  return 'none';
}

/** The deprecation of every old period argument. */
export const USE_PERIOD = 'Use period: DateRange';
