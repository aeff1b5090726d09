import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import { toInt } from '../../../shared/schema/graphql-int';
import type { RequestContext } from '../../../shared/server/context';
import { assertCommitteeWriter } from '../access/access';
import { Ballot } from './ballot.entity';
import { BallotChoice, VoteStatus, type TallyMeasure, type TallyRule, type TallyStage } from './vote.enums';
import { isJointMatter } from './joint-matter';
import { JointVote } from './joint-vote.entity';
import { describeCheck, explain, formatArea, tally } from './vote-tally';
import { FrozenRoll, ThresholdCheckResult, VoteResult, type BallotInput, type OpenVoteInput } from './vote.types';

/** A compound's joint decisions, by opening time. */
export const voteList = defineList<JointVote, { compoundId: string }>({
  entity: JointVote,
  alias: 'v',
  filters: { compoundId: (qb, compoundId) => qb.andWhere('v.compound_id = :compoundId', { compoundId }) },
  order: sortKey<JointVote>('v', ['v.opened_at', (v) => v.openedAt.toISOString()]),
});

const CHOICES = new Set<string>(Object.values(BallotChoice));

/** Opens a vote and freezes the roll: totals and the per-voter snapshot in one consistent read. */
export async function openVote(ctx: RequestContext, input: OpenVoteInput): Promise<JointVote> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  if (!isJointMatter(input.matter)) throw badInput('matter must be one of the nine matters of Civil Code art. 278', { field: 'matter' });
  const title = input.title?.trim();
  if (!title || title.length > 200) throw badInput('title must be 1 to 200 characters', { field: 'title' });
  if (input.description && input.description.length > 10_000)
    throw badInput('description must be at most 10000 characters', { field: 'description' });
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  const id = randomUUID();
  // REPEATABLE READ: the totals and the per-voter rows come from one snapshot of the roll.
  await ctx.dataSource.transaction('REPEATABLE READ', async (m) => {
    const [roll] = await m.query(
      `SELECT count(DISTINCT owner_id)::int AS heads, coalesce(sum(area_centi_m2), 0)::text AS area FROM owned_unit WHERE compound_id = $1`,
      [compoundId],
    );
    if (roll.heads === 0) throw conflict('The owner roll of this compound is empty: register owners and their units first');
    await m.query(
      `INSERT INTO joint_vote (id, compound_id, matter, title, description, status, opened_at, roll_area, roll_heads, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'OPEN', $6, $7, $8, $9, $6, $9, $6)`,
      [id, compoundId, input.matter, title, input.description?.trim() || null, at, roll.area, roll.heads, viewer.actor],
    );
    await m.query(
      `INSERT INTO vote_roll_entry (vote_id, owner_id, area, heads)
       SELECT $1, owner_id, sum(area_centi_m2), 1 FROM owned_unit WHERE compound_id = $2 GROUP BY owner_id`,
      [id, compoundId],
    );
  });
  return ctx.dataSource.getRepository(JointVote).findOneByOrFail({ id });
}

interface BallotTarget {
  vote: { id: string; compound_id: string; status: VoteStatus };
  ownerId: string;
}

/**
 * The vote (locked FOR SHARE, so a close waits for ballots in flight and a ballot waits
 * for a close) and the signed-in owner's place on its frozen roll.
 */
async function ballotTarget(ctx: RequestContext, m: EntityManager, voteId: string): Promise<BallotTarget> {
  const viewer = requireViewer(ctx);
  const [vote] = await m.query('SELECT id, compound_id, status FROM joint_vote WHERE id = $1 FOR SHARE', [voteId]);
  if (!vote) throw notFound('Vote', voteId);
  if (vote.status !== VoteStatus.OPEN) throw conflict('This vote is closed: ballots can no longer be cast or changed', { voteId });
  if (!viewer.residentId) throw forbidden('Only an owner signed in as a resident can vote');
  const [entry] = await m.query(
    `SELECT e.owner_id FROM vote_roll_entry e JOIN owner o ON o.id = e.owner_id
      WHERE e.vote_id = $1 AND o.compound_id = $2 AND o.resident_id = $3`,
    [voteId, vote.compound_id, viewer.residentId],
  );
  if (!entry) throw forbidden("You are not on this vote's frozen owner roll");
  return { vote, ownerId: entry.owner_id };
}

function validBallot(input: BallotInput): { voteId: string; choice: BallotChoice } {
  const voteId = assertUuid(input.voteId, 'voteId');
  if (!CHOICES.has(input.choice)) throw badInput('choice must be FOR, AGAINST or ABSTAIN', { field: 'choice' });
  return { voteId, choice: input.choice };
}

/** One ballot per voter: the unique constraint decides between simultaneous casts. */
export async function castBallot(ctx: RequestContext, input: BallotInput): Promise<Ballot> {
  const { voteId, choice } = validBallot(input);
  const at = ctx.clock.now();
  const actor = requireViewer(ctx).actor;
  return ctx.dataSource.transaction(async (m) => {
    const target = await ballotTarget(ctx, m, voteId);
    const inserted = await m.query(
      `INSERT INTO ballot (id, vote_id, owner_id, choice, cast_at, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $6, $5) ON CONFLICT ON CONSTRAINT ballot_one_per_voter DO NOTHING RETURNING id`,
      [randomUUID(), voteId, target.ownerId, choice, at, actor],
    );
    if (inserted.length === 0) throw conflict('You have already cast a ballot in this vote; change it instead (changeBallot)', { voteId });
    return m.getRepository(Ballot).findOneByOrFail({ id: inserted[0].id });
  });
}

export async function changeBallot(ctx: RequestContext, input: BallotInput): Promise<Ballot> {
  const { voteId, choice } = validBallot(input);
  const at = ctx.clock.now();
  const actor = requireViewer(ctx).actor;
  return ctx.dataSource.transaction(async (m) => {
    const target = await ballotTarget(ctx, m, voteId);
    const [updated] = await m.query(
      `UPDATE ballot SET choice = $3, changed_at = $4, updated_by = $5, updated_at = $4
        WHERE vote_id = $1 AND owner_id = $2 RETURNING id`,
      [voteId, target.ownerId, choice, at, actor],
    );
    if (!updated?.[0]) throw conflict('You have no ballot in this vote to change; cast one first (castBallot)', { voteId });
    return m.getRepository(Ballot).findOneByOrFail({ id: updated[0].id });
  });
}

/** Closes the vote, tallies the frozen roll's ballots and stores the result with every figure. */
export async function closeVote(ctx: RequestContext, id: string): Promise<JointVote> {
  const voteId = assertUuid(id, 'id');
  const at = ctx.clock.now();
  await ctx.dataSource.transaction(async (m) => {
    const vote = await loadOrNotFound(
      m.getRepository(JointVote).findOne({ where: { id: voteId }, lock: { mode: 'pessimistic_write' } }),
      'Vote',
      voteId,
    );
    const viewer = assertCommitteeWriter(ctx, vote.compoundId);
    if (vote.status !== VoteStatus.OPEN) throw conflict('This vote is already closed', { voteId });
    await tallyAndClose(m, vote, viewer.actor, at);
  });
  return ctx.dataSource.getRepository(JointVote).findOneByOrFail({ id: voteId });
}

/** The closing arithmetic, on a vote the caller has locked and found OPEN (also used by the demo seed). */
export async function tallyAndClose(m: EntityManager, vote: JointVote, actor: string, at: Date): Promise<void> {
  const rows: { choice: BallotChoice; area: string; heads: number }[] = await m.query(
    `SELECT b.choice, sum(e.area)::text AS area, sum(e.heads)::int AS heads
       FROM ballot b JOIN vote_roll_entry e ON e.vote_id = b.vote_id AND e.owner_id = b.owner_id
      WHERE b.vote_id = $1 GROUP BY b.choice`,
    [vote.id],
  );
  const figure = (c: BallotChoice) => {
    const row = rows.find((r) => r.choice === c);
    return { area: BigInt(row?.area ?? 0), heads: BigInt(row?.heads ?? 0) };
  };
  const f = figure(BallotChoice.FOR);
  const a = figure(BallotChoice.AGAINST);
  const s = figure(BallotChoice.ABSTAIN);
  const outcome = tally(vote.matter, {
    rollArea: vote.rollArea,
    rollHeads: BigInt(vote.rollHeads),
    forArea: f.area,
    forHeads: f.heads,
    againstArea: a.area,
    againstHeads: a.heads,
    abstainArea: s.area,
    abstainHeads: s.heads,
  });
  await m.query(
    `UPDATE joint_vote SET status = 'CLOSED', closed_at = $2, closed_by = $3, updated_by = $3, updated_at = $2,
            for_area = $4, for_heads = $5, against_area = $6, against_heads = $7, abstain_area = $8, abstain_heads = $9,
            participating_area = $10, participating_heads = $11, valid = $12, passed = $13, explanation = $14
      WHERE id = $1`,
    [
      vote.id,
      at,
      actor,
      f.area.toString(),
      Number(f.heads),
      a.area.toString(),
      Number(a.heads),
      s.area.toString(),
      Number(s.heads),
      outcome.participatingArea.toString(),
      Number(outcome.participatingHeads),
      outcome.valid,
      outcome.passed,
      explain(outcome),
    ],
  );
}

/** The stored figures of a closed vote, with the checks recomputed from them by the same pure arithmetic; null while open. */
export function voteResult(vote: JointVote): VoteResult | null {
  if (vote.passed === null || vote.valid === null) return null;
  const outcome = tally(vote.matter, {
    rollArea: vote.rollArea,
    rollHeads: BigInt(vote.rollHeads),
    forArea: vote.forArea!,
    forHeads: BigInt(vote.forHeads!),
    againstArea: vote.againstArea!,
    againstHeads: BigInt(vote.againstHeads!),
    abstainArea: vote.abstainArea!,
    abstainHeads: BigInt(vote.abstainHeads!),
  });
  return Object.assign(new VoteResult(), {
    valid: vote.valid,
    passed: vote.passed,
    participatingAreaCentiM2: toInt(vote.participatingArea!),
    participatingHeads: vote.participatingHeads!,
    forAreaCentiM2: toInt(vote.forArea!),
    forHeads: vote.forHeads!,
    againstAreaCentiM2: toInt(vote.againstArea!),
    againstHeads: vote.againstHeads!,
    abstainAreaCentiM2: toInt(vote.abstainArea!),
    abstainHeads: vote.abstainHeads!,
    explanation: vote.explanation ?? '',
    checks: outcome.checks.map((c) =>
      Object.assign(new ThresholdCheckResult(), {
        stage: c.stage as TallyStage,
        measure: c.measure as TallyMeasure,
        rule: c.rule as TallyRule,
        count: toInt(c.count),
        base: toInt(c.base),
        required: toInt(c.required),
        shortfall: toInt(c.shortfall),
        met: c.met,
        text: describeCheck(c),
      }),
    ),
  });
}

/** The roll as the vote froze it when it opened. */
export function frozenRoll(vote: JointVote): FrozenRoll {
  return Object.assign(new FrozenRoll(), { heads: vote.rollHeads, areaCentiM2: toInt(vote.rollArea), area: formatArea(vote.rollArea) });
}
