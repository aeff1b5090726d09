import { randomUUID } from 'node:crypto';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../../../shared/time/calendar-date';
import { assertCommitteeWriter } from '../access/access';
import { JointMatter } from '../vote/vote.enums';
import { JointVote } from '../vote/joint-vote.entity';
import { OwnersCommittee } from './owners-committee.entity';
import { CommitteeRole } from './owners-committee.enums';
import type { RecordElectionInput } from './owners-committee.types';

/**
 * Records a committee term from the passed election vote: founds the committee when the
 * compound has none, seats the elected owners and moves the committee's current term.
 */
export async function recordElection(ctx: RequestContext, input: RecordElectionInput): Promise<OwnersCommittee> {
  const voteId = assertUuid(input.voteId, 'voteId');
  const startsOn = calendarDate(input.termStartsOn, 'termStartsOn');
  const endsOn = calendarDate(input.termEndsOn, 'termEndsOn');
  if (endsOn < startsOn) throw badInput('termEndsOn is before termStartsOn', { field: 'termEndsOn' });
  const seats = input.seats ?? [];
  if (seats.filter((s) => s.role === CommitteeRole.CHAIR).length !== 1)
    throw badInput('A committee has exactly one chair', { field: 'seats' });
  const ownerIds = seats.map((s) => assertUuid(s.ownerId, 'seats.ownerId'));
  if (new Set(ownerIds).size !== ownerIds.length) throw badInput('An owner holds one seat', { field: 'seats' });
  const at = ctx.clock.now();

  return ctx.dataSource.transaction(async (m) => {
    const vote = await loadOrNotFound(
      m.getRepository(JointVote).findOne({ where: { id: voteId }, lock: { mode: 'pessimistic_read' } }),
      'Vote',
      voteId,
    );
    const viewer = assertCommitteeWriter(ctx, vote.compoundId);
    if (vote.matter !== JointMatter.ELECT_COMMITTEE)
      throw badInput('Only a vote on electing the committee (ELECT_COMMITTEE) can seat a committee', { field: 'voteId' });
    if (!vote.passed) throw conflict(vote.closedAt ? 'This election vote did not pass' : 'This election vote is still open', { voteId });
    const onRoll: { id: string }[] = await m.query(
      'SELECT id FROM owner WHERE compound_id = $1 AND id = ANY($2::uuid[]) AND NOT is_developer',
      [vote.compoundId, ownerIds],
    );
    if (onRoll.length !== ownerIds.length)
      throw badInput("Every seat must go to an owner (not the developer) on this compound's roll", { field: 'seats' });

    let committee = await m
      .getRepository(OwnersCommittee)
      .findOne({ where: { compoundId: vote.compoundId }, lock: { mode: 'pessimistic_write' } });
    if (!committee) {
      const name = input.committeeName?.trim();
      if (!name) throw badInput('This election founds the committee: give committeeName', { field: 'committeeName' });
      committee = Object.assign(new OwnersCommittee(), {
        id: randomUUID(),
        compoundId: vote.compoundId,
        name,
        createdBy: viewer.actor,
        createdAt: at,
      });
    }
    Object.assign(committee, { termStartsOn: startsOn, termEndsOn: endsOn, updatedBy: viewer.actor, updatedAt: at });
    await m.getRepository(OwnersCommittee).save(committee);
    const termId = randomUUID();
    try {
      await m.query(
        `INSERT INTO committee_term (id, committee_id, vote_id, starts_on, ends_on, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7)`,
        [termId, committee.id, voteId, startsOn, endsOn, viewer.actor, at],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'committee_term_one_per_vote'))
        throw conflict('This election vote has already seated a committee', { voteId });
      throw error;
    }
    for (const seat of seats) {
      await m.query(
        `INSERT INTO committee_seat (id, term_id, owner_id, role, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $5, $6)`,
        [randomUUID(), termId, seat.ownerId.toLowerCase(), seat.role, viewer.actor, at],
      );
    }
    return committee;
  });
}
