import { promiseStart } from '../station/promise-start';
import type { CalendarDayKind } from '../station/station.enums';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Sets `promise_started_at` of reports from their filing time, each compound's zone and
 * calendar (station/promise-start.ts): the migration's backfill of existing reports, and
 * the seeds that insert reports in bulk with `promise_started_at = reported_at`. Only rows
 * whose start differs are written. Returns how many.
 */
export async function recomputePromiseStarts(q: Queryable): Promise<number> {
  const reports = (await q.query(
    `SELECT r.id, r.compound_id, r.reported_at, r.promise_started_at, c.time_zone FROM issue_report r JOIN compound c ON c.id = r.compound_id`,
  )) as { id: string; compound_id: string; reported_at: Date; promise_started_at: Date | null; time_zone: string }[];
  const days = (await q.query(`SELECT compound_id, to_char(day, 'YYYY-MM-DD') AS day, kind FROM compound_calendar_day`)) as {
    compound_id: string;
    day: string;
    kind: CalendarDayKind;
  }[];
  const calendar = new Map(days.map((d) => [`${d.compound_id} ${d.day}`, d.kind]));
  const ids: string[] = [];
  const starts: string[] = [];
  for (const r of reports) {
    const start = promiseStart(new Date(r.reported_at), r.time_zone, (day) => calendar.get(`${r.compound_id} ${day}`));
    if (r.promise_started_at && new Date(r.promise_started_at).getTime() === start.getTime()) continue;
    ids.push(r.id);
    starts.push(start.toISOString());
  }
  for (let i = 0; i < ids.length; i += 10_000) {
    await q.query(
      `UPDATE issue_report r SET promise_started_at = u.start FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, start) WHERE r.id = u.id`,
      [ids.slice(i, i + 10_000), starts.slice(i, i + 10_000)],
    );
  }
  return ids.length;
}
