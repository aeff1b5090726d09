/**
 * The analysts' saved questions, as plain SQL over this subgraph's tables (runnable
 * as-is in psql with the parameters filled in). Every figure is computed in the
 * database, in integers: turnout as basis points, floor-divided.
 */

/** Turnout and result of each closed vote of a compound, oldest first. $1 compound id. */
export const VOTE_TURNOUT_SQL = `
SELECT v.id AS vote_id, v.matter, v.title, v.closed_at,
       v.roll_heads, v.roll_area::text AS roll_area,
       v.participating_heads, v.participating_area::text AS participating_area,
       (v.participating_heads::bigint * 10000 / v.roll_heads)::int AS turnout_heads_bp,
       (v.participating_area * 10000 / v.roll_area)::int AS turnout_area_bp,
       v.for_heads, v.for_area::text AS for_area,
       v.against_heads, v.against_area::text AS against_area,
       v.abstain_heads, v.abstain_area::text AS abstain_area,
       v.valid, v.passed
  FROM joint_vote v
 WHERE v.compound_id = $1 AND v.status = 'CLOSED'
 ORDER BY v.closed_at, v.id`;

/** Per matter: closed votes, how many were valid and passed, and summed heads. $1 compound id or NULL for all. */
export const VOTE_OUTCOMES_BY_MATTER_SQL = `
SELECT v.matter,
       count(*)::int AS closed_votes,
       count(*) FILTER (WHERE v.valid)::int AS valid_votes,
       count(*) FILTER (WHERE v.passed)::int AS passed_votes,
       sum(v.participating_heads)::int AS participating_heads,
       sum(v.roll_heads)::int AS roll_heads
  FROM joint_vote v
 WHERE v.status = 'CLOSED' AND ($1::uuid IS NULL OR v.compound_id = $1)
 GROUP BY v.matter
 ORDER BY v.matter`;

/**
 * Posted fund money per month (in the compound's zone), direction and source, over the
 * local days of a period. $1 compound id or NULL for every compound, $2 first day
 * 'YYYY-MM-DD', $3 last day (inclusive), $4 time zone. One compound reads its posted
 * entries by (compound_id, posted_at); all compounds read the period by posted_at.
 */
export const FUND_FLOWS_SQL = `
SELECT to_char(e.posted_at AT TIME ZONE $4, 'YYYY-MM') AS period,
       e.direction, e.source,
       count(*)::int AS entries,
       sum(e.amount_fen)::text AS total_fen
  FROM fund_entry e
 WHERE ($1::uuid IS NULL OR e.compound_id = $1) AND e.status = 'POSTED'
   AND e.posted_at >= ($2::date)::timestamp AT TIME ZONE $4
   AND e.posted_at < ($3::date + 1)::timestamp AT TIME ZONE $4
 GROUP BY 1, e.direction, e.source
 ORDER BY 1, e.direction, e.source`;
