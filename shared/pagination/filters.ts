import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';
import { periodInstants, periodOf, type DateRange, type Period } from '../time/date-range';

/**
 * The filter arguments lists share, so that a status set or a period means the same in
 * every list: `statuses: [S!]` (any of them; an empty set would name nothing and is
 * refused), replacing a deprecated single `status`; `period: DateRange`.
 */

/** A set filter, or the single value it replaced: at most one of the two, never an empty set. */
export function setFilter<V>(
  set: readonly V[] | null | undefined,
  single: V | null | undefined,
  names: { set: string; single: string },
): V[] | null {
  if (set && single !== null && single !== undefined) {
    throw badInput(`Give ${names.set} or ${names.single}, not both`, { field: names.set });
  }
  if (set) {
    if (set.length === 0) throw badInput(`${names.set} names no value: leave it out to filter nothing`, { field: names.set });
    return [...new Set(set)];
  }
  return single === null || single === undefined ? null : [single];
}

/** An optional `period` argument of a list, checked by the shared period rule. */
export function periodFilter(range: DateRange | null | undefined, field = 'period'): Period | null {
  return range ? periodOf(range, field) : null;
}

let clauseCount = 0;

/**
 * Rows whose instant `column` falls on the period's local days. `zone` is an SQL
 * expression naming each row's time zone (a compound's `time_zone`); without it the
 * bounds are the default zone's midnights, compared directly so an index on the column serves.
 */
export function whereInPeriod<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, period: Period, zone?: string): void {
  const [from, to] = [`__periodFrom${clauseCount}`, `__periodTo${clauseCount++}`];
  if (zone) {
    qb.andWhere(
      `${column} >= (CAST(:${from} AS date)::timestamp AT TIME ZONE ${zone}) AND ${column} < ((CAST(:${to} AS date) + 1)::timestamp AT TIME ZONE ${zone})`,
      { [from]: period.from, [to]: period.to },
    );
  } else {
    const { start, end } = periodInstants(period);
    qb.andWhere(`${column} >= :${from} AND ${column} < :${to}`, { [from]: start, [to]: end });
  }
}
