import {
  fromDay,
  idSql,
  isScaleIdSql,
  jsonTextSql,
  pickSql,
  planTablesSql,
  randSql,
  SALT,
  SCALE_ACTOR,
  SCALE_ZONE,
  scaleTotals,
  sha256HexSql,
  spreadSql,
  untilSql,
  type ScaleDatabase,
  type ScalePlan,
} from '../../../shared/demo/scale-plan';
import { SETTLEMENT_REBATE_TOPIC } from '../../../shared/handover/topics';

const A = `'${SCALE_ACTOR}'`;
const AUDIT = `${A}, now(), ${A}, now()`;
/** Fund entries other than rebates are numbered from here; a rebate's entry has its settlement's number. */
const OTHER_ENTRIES = 1_000_000_000;

/** A settlement's rebate as the enterprise side made it (its scale.ts returns them). */
export interface CommitteeRebate {
  settlementId: string;
  /** The settlement's number, which also numbers the fund entry it posts. */
  number: number;
  committeeId: string;
  compoundId: string;
  amountFen: string;
  period: string;
  settledAt: Date;
}

/**
 * The committee side of the district: an owners' committee and a public fund in every
 * compound, and the fund's ledger: each settlement rebate the enterprise side handed
 * over (posted five seconds after the settlement), the owners' crowdfunding and
 * donations, and activity spending submitted by the vice-chair and decided by the chair
 * (approved, rejected, or still pending at the end). Each compound's first entry is an
 * opening crowdfunding larger than all its spending, so no balance ever goes below zero;
 * `balance_after_fen` is the running sum of the posted entries in posting order.
 */
export async function seedCommitteeScale(db: ScaleDatabase, plan: ScalePlan, rebates: CommitteeRebate[]): Promise<void> {
  for (const sql of planTablesSql(plan)) await db.query(sql);
  const start = `((date '${fromDay(plan)}')::timestamp AT TIME ZONE '${SCALE_ZONE}')`;
  await db.step(
    'owners committees',
    `INSERT INTO owners_committee (id, compound_id, name, term_starts_on, term_ends_on, created_by, created_at, updated_by, updated_at)
     SELECT committee_id, id, 'Owners'' Committee of Scale Compound ' || lpad(c::text, 4, '0'), date '${fromDay(plan)}' - 200, date '${fromDay(plan)}' + 1626, ${AUDIT}
       FROM scale_compound ORDER BY c`,
  );
  const others = scaleTotals(plan.compounds).fundEntries - rebates.length;
  if (others < plan.compounds)
    throw new Error(`Too many rebates (${rebates.length}) for ${scaleTotals(plan.compounds).fundEntries} fund entries`);
  const chair = `'scale:committee:' || c || ':chair'`;
  const vice = `'scale:committee:' || c || ':vice-chair'`;
  // Entries other than rebates: q = 1..N open each compound's fund; the rest are spread over the window.
  await db.query(`CREATE TEMP TABLE scale_fund ON COMMIT DROP AS
    SELECT q, c, kind, amount, submitted,
           CASE WHEN kind <> 'SPENDING' THEN 'POSTED'
                WHEN submitted + decide >= ${untilSql(plan)} THEN 'PENDING_APPROVAL'
                WHEN ${randSql(plan, 'q', SALT.fundStatus)} < 0.08 THEN 'REJECTED' ELSE 'POSTED' END AS status,
           CASE WHEN kind = 'SPENDING' AND submitted + decide < ${untilSql(plan)} THEN submitted + decide END AS decided
      FROM (
        SELECT q, c, kind, submitted, make_interval(secs => 3600 + ${randSql(plan, 'q', SALT.fundStatus + 100)} * 172800) AS decide,
               CASE kind WHEN 'CROWDFUNDING' THEN 50000 + floor(${randSql(plan, 'q', SALT.fundAmount)} * 200000)::bigint
                         WHEN 'DONATION' THEN 10000 + floor(${randSql(plan, 'q', SALT.fundAmount)} * 90000)::bigint
                         ELSE 5000 + floor(${randSql(plan, 'q', SALT.fundAmount)} * 150000)::bigint END AS amount
          FROM (
            SELECT q, CASE WHEN q <= ${plan.compounds} THEN q ELSE (q - 1) % ${plan.compounds} + 1 END AS c,
                   CASE WHEN q <= ${plan.compounds} THEN 'OPENING'
                        ELSE ${pickSql(randSql(plan, 'q', SALT.fundKind), [
                          ['CROWDFUNDING', 0.2],
                          ['DONATION', 0.2],
                          ['SPENDING', 0.6],
                        ])} END AS kind,
                   CASE WHEN q <= ${plan.compounds} THEN ${start} + make_interval(secs => q)
                        ELSE ${spreadSql(plan, `q - ${plan.compounds}`, String(others - plan.compounds))} END AS submitted
              FROM generate_series(1, ${others}) q) a) b`);
  // The opening: every spending the compound will ever post, and a reserve.
  await db.query(`UPDATE scale_fund f SET amount = 100000 + coalesce((SELECT sum(amount) FROM scale_fund s WHERE s.c = f.c AND s.kind = 'SPENDING'), 0)
                   WHERE kind = 'OPENING'`);
  await db.query(
    `CREATE TEMP TABLE scale_rebate ON COMMIT DROP AS
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::uuid[], $5::bigint[], $6::text[], $7::timestamptz[])
       AS r(settlement_id, number, committee_id, compound_id, amount, period, settled_at)`,
    [
      rebates.map((r) => r.settlementId),
      rebates.map((r) => r.number),
      rebates.map((r) => r.committeeId),
      rebates.map((r) => r.compoundId),
      rebates.map((r) => r.amountFen),
      rebates.map((r) => r.period),
      rebates.map((r) => r.settledAt),
    ],
  );
  await db.step(
    'fund accounts',
    `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at)
     SELECT id, committee_id, 0, ${AUDIT} FROM scale_compound ORDER BY c`,
  );
  await db.step(
    'fund entries',
    `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at, decided_by,
                             decided_at, decision_note, posted_at, balance_after_fen, settlement_id, period, created_by, created_at, updated_by, updated_at)
     SELECT id, compound_id, committee_id, direction, source, amount, description, status, submitted_by, submitted_at, decided_by, decided_at, decision_note,
            posted_at,
            CASE WHEN status = 'POSTED' THEN sum(CASE WHEN status <> 'POSTED' THEN 0 WHEN direction = 'INCOME' THEN amount ELSE -amount END)
                                             OVER (PARTITION BY compound_id ORDER BY coalesce(posted_at, submitted_at), id) END,
            settlement_id, period, submitted_by, submitted_at, coalesce(decided_by, submitted_by), coalesce(posted_at, decided_at, submitted_at)
       FROM (
         SELECT ${idSql('fundEntry', `${OTHER_ENTRIES} + q`)} AS id, sc.id AS compound_id, sc.committee_id,
                CASE WHEN kind = 'SPENDING' THEN 'SPENDING' ELSE 'INCOME' END AS direction,
                CASE WHEN kind = 'SPENDING' THEN 'ACTIVITY' WHEN kind = 'DONATION' THEN 'DONATION' ELSE 'CROWDFUNDING' END AS source, amount,
                CASE kind WHEN 'OPENING' THEN 'Owners open the public-affairs fund (众筹)' WHEN 'CROWDFUNDING' THEN 'Owners crowdfund (众筹)'
                          WHEN 'DONATION' THEN 'Caring merchant donation (爱心商家)' ELSE 'Activity for residents' END AS description,
                status, CASE WHEN kind = 'SPENDING' THEN ${vice} ELSE ${chair} END AS submitted_by, submitted,
                CASE WHEN decided IS NOT NULL THEN ${chair} END AS decided_by, decided AS decided_at,
                CASE WHEN status = 'REJECTED' THEN 'Not this year' END AS decision_note,
                CASE WHEN status = 'POSTED' THEN coalesce(decided, submitted) END AS posted_at, NULL::uuid AS settlement_id, NULL::text AS period,
                submitted AS submitted_at
           FROM scale_fund JOIN scale_compound sc USING (c)
         UNION ALL
         SELECT ${idSql('fundEntry', 'number')}, compound_id, committee_id, 'INCOME', 'SETTLEMENT_REBATE', amount, 'Settlement rebate for ' || period, 'POSTED',
                'service:enterprise', settled_at + interval '5 seconds', NULL, NULL, NULL, settled_at + interval '5 seconds', settlement_id::uuid, period,
                settled_at + interval '5 seconds'
           FROM scale_rebate) e
      ORDER BY coalesce(posted_at, submitted_at), id`,
  );
  await db.query(`UPDATE fund_account a SET balance_fen = b.balance, updated_at = b.at
                    FROM (SELECT DISTINCT ON (compound_id) compound_id, balance_after_fen AS balance, posted_at AS at
                            FROM fund_entry WHERE status = 'POSTED' AND ${isScaleIdSql('compound_id')} ORDER BY compound_id, posted_at DESC, seq DESC) b
                   WHERE a.compound_id = b.compound_id`);
  const payload = `'{"amountFen":' || ${jsonTextSql('amount::text')} || ',"committeeId":' || ${jsonTextSql('committee_id::text')} || ',"compoundId":'
    || ${jsonTextSql('compound_id::text')} || ',"period":' || ${jsonTextSql('period')} || ',"settlementId":' || ${jsonTextSql('settlement_id')} || '}'`;
  await db.step(
    'settlement rebates (inbox)',
    `INSERT INTO handover_inbox (topic, record_id, payload_hash, payload, result, received_by, received_at)
     SELECT '${SETTLEMENT_REBATE_TOPIC}', settlement_id, ${sha256HexSql(payload)}, (${payload})::jsonb,
            jsonb_build_object('entryId', ${idSql('fundEntry', 'number')}::text), 'service:enterprise', settled_at + interval '5 seconds'
       FROM scale_rebate ORDER BY number`,
  );
}
