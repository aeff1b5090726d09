import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../shared/clock';
import { demoId } from '../../../shared/demo/ids';
import { DEMO_COMMITTEE_COMPOUNDS, demoCommitteeId, demoCompound, DemoCompound } from '../../../shared/demo/manifest';
import { JointVote } from '../vote/joint-vote.entity';
import { tallyAndClose } from '../vote/vote.service';

const SEEDER = 'seed:demo';
/** Two committee members of each demo committee: spending needs one to submit and the other to approve. */
const CHAIR = 'seed:demo:chair';
const VICE_CHAIR = 'seed:demo:vice-chair';

/**
 * Party owns households but its demo has no household ids yet; the committee derives
 * them (and the owners' resident ids) from the same readable keys so party can adopt
 * them: household n of a compound is `demoId('household', compoundKey, n)`.
 */
export const demoHouseholdId = (compoundKey: string, n: number) => demoId('household', compoundKey, n);
export const demoResidentId = (compoundKey: string, n: number) => demoId('resident', compoundKey, n);
export const demoOwnerId = (compoundKey: string, n: number) => demoId('owner', compoundKey, n);
export const demoDeveloperId = (compoundKey: string) => demoId('owner', compoundKey, 'developer');
export const demoVoteId = (compoundKey: string, key: string) => demoId('vote', compoundKey, key);
export const demoFundEntryId = (compoundKey: string, key: string) => demoId('fund-entry', compoundKey, key);

/** The last 5% of a compound's households are the developer's unsold units (counted as one owner). */
function unsoldFrom(c: DemoCompound): number {
  return Math.floor(c.households * 0.95) + 1;
}

/** Owner index of household n: every 20th household belongs to the owner of the one before (two units, one head). */
function ownerOf(n: number, c: DemoCompound): string {
  if (n >= unsoldFrom(c)) return demoDeveloperId(c.key);
  return demoOwnerId(c.key, n % 20 === 0 ? n - 1 : n);
}

/** Registered area of household n, 60.00 to 119.99 m², deterministic. */
function areaOf(n: number): number {
  return 6000 + ((n * 3719) % 6000);
}

async function seedRoll(m: EntityManager, c: DemoCompound, at: Date): Promise<void> {
  const owners: string[] = [];
  const residents: string[] = [];
  const names: string[] = [];
  for (let n = 1; n < unsoldFrom(c); n++) {
    if (n % 20 === 0) continue;
    owners.push(demoOwnerId(c.key, n));
    residents.push(demoResidentId(c.key, n));
    names.push(`Owner ${n} of ${c.name}`);
  }
  await m.query(
    `INSERT INTO owner (id, compound_id, name, resident_id, is_developer, created_by, created_at, updated_by, updated_at)
     SELECT o, $1, nm, r, false, $5, $6, $5, $6 FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(o, r, nm)
     ON CONFLICT DO NOTHING`,
    [c.id, owners, residents, names, SEEDER, at],
  );
  await m.query(
    `INSERT INTO owner (id, compound_id, name, resident_id, is_developer, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, NULL, true, $4, $5, $4, $5) ON CONFLICT DO NOTHING`,
    [demoDeveloperId(c.key), c.id, `Developer of ${c.name}`, SEEDER, at],
  );
  const units: string[] = [];
  const households: string[] = [];
  const unitOwners: string[] = [];
  const areas: number[] = [];
  for (let n = 1; n <= c.households; n++) {
    units.push(demoId('owned-unit', c.key, n));
    households.push(demoHouseholdId(c.key, n));
    unitOwners.push(ownerOf(n, c));
    areas.push(areaOf(n));
  }
  await m.query(
    `INSERT INTO owned_unit (id, compound_id, household_id, owner_id, area_centi_m2, created_by, created_at, updated_by, updated_at)
     SELECT u, $1, h, o, a, $6, $7, $6, $7 FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bigint[]) AS t(u, h, o, a)
     ON CONFLICT DO NOTHING`,
    [c.id, units, households, unitOwners, areas, SEEDER, at],
  );
}

interface DemoVote {
  key: string;
  matter: string;
  title: string;
  openedAt: string;
  closedAt: string;
  /** Ballot of the voter at position i (0-based) of the frozen roll, by owner id; null = did not vote. */
  choice: (i: number, heads: number) => 'FOR' | 'AGAINST' | 'ABSTAIN' | null;
}

/** Opens, fills and closes one demo vote with the production tally; a second run finds it closed and leaves it. */
async function seedVote(m: EntityManager, c: DemoCompound, v: DemoVote, at: Date): Promise<string> {
  const id = demoVoteId(c.key, v.key);
  const inserted = await m.query(
    `INSERT INTO joint_vote (id, compound_id, matter, title, status, opened_at, roll_area, roll_heads, created_by, created_at, updated_by, updated_at)
     SELECT $1, $2, $3, $4, 'OPEN', $5, sum(area_centi_m2), count(DISTINCT owner_id), $6, $7, $6, $7 FROM owned_unit WHERE compound_id = $2
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, c.id, v.matter, v.title, v.openedAt, CHAIR, at],
  );
  if (inserted.length === 0) return id;
  await m.query(
    `INSERT INTO vote_roll_entry (vote_id, owner_id, area, heads)
     SELECT $1, owner_id, sum(area_centi_m2), 1 FROM owned_unit WHERE compound_id = $2 GROUP BY owner_id`,
    [id, c.id],
  );
  const roll: { owner_id: string }[] = await m.query('SELECT owner_id FROM vote_roll_entry WHERE vote_id = $1 ORDER BY owner_id', [id]);
  const ballots = roll.map((r, i) => ({ owner: r.owner_id, choice: v.choice(i, roll.length) })).filter((b) => b.choice);
  await m.query(
    `INSERT INTO ballot (id, vote_id, owner_id, choice, cast_at, created_by, created_at, updated_by, updated_at)
     SELECT gen_random_uuid(), $1, o, ch, $4, $5, $4, $5, $4 FROM unnest($2::uuid[], $3::text[]) AS t(o, ch)`,
    [id, ballots.map((b) => b.owner), ballots.map((b) => b.choice), v.openedAt, SEEDER],
  );
  const vote = await m.getRepository(JointVote).findOneByOrFail({ id });
  await tallyAndClose(m, vote, CHAIR, new Date(v.closedAt));
  return id;
}

/** Share of the roll by position: i/heads below `p` percent. */
const first = (i: number, heads: number, percent: number) => i * 100 < heads * percent;

async function seedFund(m: EntityManager, c: DemoCompound, at: Date): Promise<void> {
  const committeeId = demoCommitteeId(c.key);
  await m.query(
    `INSERT INTO fund_account (compound_id, committee_id, balance_fen, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 0, $3, $4, $3, $4) ON CONFLICT DO NOTHING`,
    [c.id, committeeId, SEEDER, at],
  );
  const entries = [
    {
      key: 'crowdfunding-2024-06',
      direction: 'INCOME',
      source: 'CROWDFUNDING',
      amount: 300000n,
      text: 'Owners crowdfund the veg shop set-up (众筹)',
      by: CHAIR,
      approver: null,
      at: '2024-06-05T02:00:00Z',
    },
    {
      key: 'donation-2024-06',
      direction: 'INCOME',
      source: 'DONATION',
      amount: 50000n,
      text: 'Caring merchant donation (爱心商家)',
      by: CHAIR,
      approver: null,
      at: '2024-06-12T02:00:00Z',
    },
    // The owners' part of the veg shop's "四个一点": crowdfunded into the fund, then paid
    // out to the social enterprise. The enterprise's co-funding record points at this
    // spending (DEMO_VEG_SHOP_CROWDFUNDING_FUND_ENTRY), so the money is counted once.
    {
      key: 'veg-shop-crowdfunding-income',
      direction: 'INCOME',
      source: 'CROWDFUNDING',
      amount: 1_500_000n,
      text: 'Owners crowdfund their share of the veg shop set-up (众筹, 四个一点)',
      by: CHAIR,
      approver: null,
      at: '2024-06-25T02:00:00Z',
    },
    {
      key: 'veg-shop-crowdfunding',
      direction: 'SPENDING',
      source: 'ACTIVITY',
      amount: 1_500_000n,
      text: 'Pay the owners’ crowdfunded share of the veg shop set-up to the social enterprise',
      by: VICE_CHAIR,
      approver: CHAIR,
      at: '2024-07-05T02:00:00Z',
    },
    {
      key: 'spending-2024-09',
      direction: 'SPENDING',
      source: 'ACTIVITY',
      amount: 120000n,
      text: 'Mid-autumn dinner for elderly residents living alone',
      by: VICE_CHAIR,
      approver: CHAIR,
      at: '2024-09-14T10:00:00Z',
    },
  ];
  for (const e of entries) {
    await m.query(
      `INSERT INTO fund_entry (id, compound_id, committee_id, direction, source, amount_fen, description, status, submitted_by, submitted_at, decided_by, decided_at,
                               posted_at, balance_after_fen, created_by, created_at, updated_by, updated_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, 'POSTED', $8, $9, $10, CASE WHEN $10::text IS NULL THEN NULL ELSE $9::timestamptz END, $9,
              (SELECT coalesce(sum(CASE WHEN direction = 'INCOME' THEN amount_fen ELSE -amount_fen END), 0) FROM fund_entry WHERE compound_id = $2 AND status = 'POSTED')
                + CASE WHEN $4 = 'INCOME' THEN $6::bigint ELSE -$6::bigint END,
              $8, $9, $8, $9
        WHERE NOT EXISTS (SELECT 1 FROM fund_entry WHERE id = $1) -- a re-run must not test a balance for a row it will not insert
       ON CONFLICT DO NOTHING`,
      [demoFundEntryId(c.key, e.key), c.id, committeeId, e.direction, e.source, e.amount.toString(), e.text, e.by, e.at, e.approver],
    );
  }
  // The account holds what the posted entries say, whatever ran before.
  await m.query(
    `UPDATE fund_account SET balance_fen = (SELECT coalesce(sum(CASE WHEN direction = 'INCOME' THEN amount_fen ELSE -amount_fen END), 0) FROM fund_entry WHERE compound_id = $1 AND status = 'POSTED')
      WHERE compound_id = $1`,
    [c.id],
  );
}

/** Kuiguangta's story (seed 003): the owners decide to open the veg shop in a common room. */
async function seedKuiguangta(m: EntityManager, at: Date): Promise<void> {
  const c = demoCompound('kuiguangta');
  const election = await seedVote(
    m,
    c,
    {
      key: 'election-2024',
      matter: 'ELECT_COMMITTEE',
      title: 'Elect the owners’ committee 2024–2029',
      openedAt: '2024-06-01T01:00:00Z',
      closedAt: '2024-06-20T09:00:00Z',
      choice: (i, h) => (first(i, h, 80) ? (first(i, h, 60) ? 'FOR' : 'AGAINST') : null),
    },
    at,
  );
  const termId = demoId('committee-term', c.key, '2024');
  const term = await m.query(
    `INSERT INTO committee_term (id, committee_id, vote_id, starts_on, ends_on, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, '2024-07-01', '2029-06-30', $4, $5, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
    [termId, demoCommitteeId(c.key), election, SEEDER, at],
  );
  if (term.length) {
    const roles = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'MEMBER'];
    for (const [i, role] of roles.entries()) {
      await m.query(
        `INSERT INTO committee_seat (id, term_id, owner_id, role, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $5, $6) ON CONFLICT DO NOTHING`,
        [demoId('committee-seat', c.key, '2024', i + 1), termId, demoOwnerId(c.key, i + 1), role, SEEDER, at],
      );
    }
  }
  // Item 8: a business on common parts needs three-quarters of the participants.
  const vegShop = await seedVote(
    m,
    c,
    {
      key: 'veg-shop-common-room',
      matter: 'CHANGE_USE_OF_COMMON_PARTS',
      title: 'Open a 24-hour veg shop (便民蔬菜店) in the common room',
      openedAt: '2024-04-01T01:00:00Z',
      closedAt: '2024-04-15T09:00:00Z',
      choice: (i, h) => (first(i, h, 82) ? (first(i, h, 70) ? 'FOR' : first(i, h, 78) ? 'AGAINST' : 'ABSTAIN') : null),
    },
    at,
  );
  // A vote that failed: too few owners took part.
  await seedVote(
    m,
    c,
    {
      key: 'raise-maintenance-fund-2024',
      matter: 'RAISE_MAINTENANCE_FUND',
      title: 'Raise the maintenance fund for the lifts',
      openedAt: '2024-08-01T01:00:00Z',
      closedAt: '2024-08-20T09:00:00Z',
      choice: (i, h) => (first(i, h, 55) ? 'FOR' : null),
    },
    at,
  );
  const statute = await seedVote(
    m,
    c,
    {
      key: 'convention-2024',
      matter: 'MANAGEMENT_STATUTE',
      title: 'Adopt the residents’ convention',
      openedAt: '2024-07-10T01:00:00Z',
      closedAt: '2024-07-25T09:00:00Z',
      choice: (i, h) => (first(i, h, 75) ? (first(i, h, 65) ? 'FOR' : 'ABSTAIN') : null),
    },
    at,
  );
  const docId = demoId('governance-document', c.key, 'CONVENTION');
  await m.query(
    `INSERT INTO governance_document (id, compound_id, kind, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'CONVENTION', $3, $4, $3, $4) ON CONFLICT DO NOTHING`,
    [docId, c.id, SEEDER, at],
  );
  await m.query(
    `INSERT INTO governance_document_version (id, document_id, version, title, body, effective_on, adopted_by_vote_id, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, 1, $3, $4, '2024-08-01', $5, $6, $7, $6, $7) ON CONFLICT DO NOTHING`,
    [
      demoId('governance-version', c.key, 'CONVENTION', 1),
      docId,
      'Kuiguangta Residents’ Convention (奎光塔小区居民公约)',
      'Keep stairwells and fire lanes clear; sort household waste; settle disputes at the service station first; support the public-affairs fund.',
      statute,
      SEEDER,
      at,
    ],
  );
  const consultationId = demoId('consultation', c.key, 'veg-shop');
  const created = await m.query(
    `INSERT INTO consultation (id, compound_id, title, description, stage, decision_vote_id, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, 'OUTCOME_DISCLOSED', $5, $6, $7, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
    [
      consultationId,
      c.id,
      'A veg shop at the doorstep',
      'Residents asked for fresh vegetables nearby; the common room stands empty.',
      vegShop,
      SEEDER,
      at,
    ],
  );
  if (created.length) {
    const steps: [string, string | null, string | null, string][] = [
      ['COLLECTING_TOPICS', 'Residents’ survey: fresh vegetables close to home', null, '2024-03-01T02:00:00Z'],
      ['BRANCH_PROPOSAL', 'The comprehensive Party committee proposes a social-enterprise veg shop', null, '2024-03-10T02:00:00Z'],
      ['JOINT_DELIBERATION', 'Branch, committee, property company and enterprise agree the 80/20 split', null, '2024-03-20T02:00:00Z'],
      ['OWNERS_DECISION', 'Owners vote under Civil Code art. 278 item 8', vegShop, '2024-04-01T01:00:00Z'],
      ['DECISION_DISCLOSED', 'Result posted at the service station', null, '2024-04-16T02:00:00Z'],
      ['OUTCOME_DISCLOSED', 'The shop opened; prices 20–30% below the market', null, '2024-06-18T02:00:00Z'],
    ];
    for (const [stage, note, voteId, when] of steps) {
      await m.query(
        `INSERT INTO consultation_step (id, consultation_id, stage, note, vote_id, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [demoId('consultation-step', c.key, 'veg-shop', stage), consultationId, stage, note, voteId, CHAIR, when],
      );
    }
  }
  await seedFund(m, c, at);
}

/** The seed compounds' owners' committees, rolls, decisions, convention and fund; a second run adds nothing. */
export async function seedCommitteeDemo(dataSource: DataSource, clock: Clock): Promise<void> {
  const at = clock.now();
  await dataSource.transaction(async (m) => {
    for (const key of DEMO_COMMITTEE_COMPOUNDS) {
      const compound = demoCompound(key);
      await m.query(
        `INSERT INTO owners_committee (id, compound_id, name, term_starts_on, term_ends_on, created_by, created_at, updated_by, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$6,$7) ON CONFLICT DO NOTHING`,
        [demoCommitteeId(key), compound.id, `${compound.name} Owners' Committee`, '2024-07-01', '2029-06-30', SEEDER, at],
      );
      await seedRoll(m, compound, at);
    }
    await seedKuiguangta(m, at);
    // Liulang Dongyuan (seed 000): buck-passing between three companies; a motion to
    // dismiss one fails, half of the participating owners voting each way.
    const liulang = demoCompound('liulang-dongyuan');
    await seedVote(
      m,
      liulang,
      {
        key: 'dismiss-company-2024',
        matter: 'HIRE_OR_DISMISS_MANAGER',
        title: 'Dismiss one of the three property companies',
        openedAt: '2024-10-08T01:00:00Z',
        closedAt: '2024-10-22T09:00:00Z',
        choice: (i, h) => (first(i, h, 80) ? (i % 2 === 0 ? 'FOR' : 'AGAINST') : null),
      },
      at,
    );
  });
}
