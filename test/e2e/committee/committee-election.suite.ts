import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { JointMatter, RecordElectionInput, SeatInput } from '../../typed/graphql';
import { CastBallot, CloseVote, OpenVote } from './documents';
import { buildRoll, codeOf, newCompound, ok } from './fixtures';

const RecordElection = graphql(`
  mutation CommitteeElectionRecord($input: RecordElectionInput!) {
    recordCommitteeElection(input: $input) {
      id
      name
      termStartsOn
      termEndsOn
      compound {
        id
      }
      currentTerm {
        startsOn
        endsOn
        electedBy {
          id
          matter
        }
        seats {
          role
          owner {
            id
            name
          }
        }
      }
      terms {
        id
      }
    }
  }
`);

const PublicSeats = graphql(`
  query CommitteeElectionPublicSeats($id: ID!) {
    ownersCommittee(id: $id) {
      currentTerm {
        seats {
          role
          owner {
            name
            areaCentiM2
          }
        }
      }
    }
  }
`);

const SeatsAsResident = graphql(`
  query CommitteeElectionSeatsAsResident($id: ID!) {
    ownersCommittee(id: $id) {
      currentTerm {
        seats {
          owner {
            name
            areaCentiM2
            units {
              id
            }
          }
        }
      }
    }
  }
`);

describe("owners' committee terms, elected by a passed vote", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function electionVote(pass: boolean, matter: JointMatter = 'ELECT_COMMITTEE') {
    const { compoundId, committee } = await newCompound(stack);
    const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000], [10000], [10000]]);
    const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter, title: 'Elect the first committee' } }, committee);
    for (const [i, owner] of roll.entries()) {
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: pass || i > 1 ? 'FOR' : 'AGAINST' } }, owner.token);
    }
    return { compoundId, committee, roll, voteId: openVote.id };
  }

  it('founds the committee from a passed election vote, seats the chair first, and refuses the same vote twice', async () => {
    const { compoundId, committee, roll, voteId } = await electionVote(true);
    const input: RecordElectionInput = {
      voteId,
      committeeName: 'Test Owners’ Committee',
      termStartsOn: '2026-12-01',
      termEndsOn: '2031-11-30',
      seats: [
        { ownerId: roll[1].ownerId, role: 'MEMBER' },
        { ownerId: roll[0].ownerId, role: 'CHAIR' },
        { ownerId: roll[2].ownerId, role: 'VICE_CHAIR' },
      ],
    };
    expect(await codeOf(stack, RecordElection, { input }, committee)).toBe('CONFLICT'); // still open
    await ok(stack, CloseVote, { id: voteId }, committee);
    const { recordCommitteeElection: c } = await ok(stack, RecordElection, { input }, committee);
    expect(c).toMatchObject({
      name: 'Test Owners’ Committee',
      termStartsOn: '2026-12-01',
      termEndsOn: '2031-11-30',
      compound: { id: compoundId },
    });
    expect(c.currentTerm?.electedBy).toEqual({ id: voteId, matter: 'ELECT_COMMITTEE' });
    expect(c.currentTerm?.seats.map((s) => [s.role, s.owner.id, s.owner.name])).toEqual([
      ['CHAIR', roll[0].ownerId, 'Owner 1'],
      ['VICE_CHAIR', roll[2].ownerId, 'Owner 3'],
      ['MEMBER', roll[1].ownerId, 'Owner 2'],
    ]);
    expect(await codeOf(stack, RecordElection, { input }, committee)).toBe('CONFLICT');
    const terms = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM committee_term WHERE vote_id = $1', [voteId]);
    expect(terms[0].n).toBe(1);
    // Seats are public, names are not.
    const analyst = await tokenFor('analyst');
    const seen = await ok(stack, PublicSeats, { id: c.id }, analyst);
    expect(seen.ownersCommittee.currentTerm?.seats[0]).toEqual({ role: 'CHAIR', owner: { name: null, areaCentiM2: 10000 } });
    const resident = await tokenFor('resident', { compoundId });
    const residentView = await ok(stack, SeatsAsResident, { id: c.id }, resident);
    expect(residentView.ownersCommittee.currentTerm?.seats[0].owner).toEqual({ name: null, areaCentiM2: null, units: null });
  });

  it('refuses failed votes, other matters, bad seats and other compounds, writing nothing', async () => {
    const failed = await electionVote(false);
    await ok(stack, CloseVote, { id: failed.voteId }, failed.committee);
    const seats: SeatInput[] = [{ ownerId: failed.roll[0].ownerId, role: 'CHAIR' }];
    const base = { voteId: failed.voteId, committeeName: 'X', termStartsOn: '2026-12-01', termEndsOn: '2031-11-30', seats };
    expect(await codeOf(stack, RecordElection, { input: base }, failed.committee)).toBe('CONFLICT');

    const other = await electionVote(true, 'MEETING_RULES');
    await ok(stack, CloseVote, { id: other.voteId }, other.committee);
    expect(
      await codeOf(
        stack,
        RecordElection,
        { input: { ...base, voteId: other.voteId, seats: [{ ownerId: other.roll[0].ownerId, role: 'CHAIR' }] } },
        other.committee,
      ),
    ).toBe('BAD_USER_INPUT');

    const good = await electionVote(true);
    await ok(stack, CloseVote, { id: good.voteId }, good.committee);
    const g = { ...base, voteId: good.voteId };
    const cases: [RecordElectionInput, string][] = [
      [{ ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'MEMBER' }] }, 'BAD_USER_INPUT'], // no chair
      [
        {
          ...g,
          seats: [
            { ownerId: good.roll[0].ownerId, role: 'CHAIR' },
            { ownerId: good.roll[1].ownerId, role: 'CHAIR' },
          ],
        },
        'BAD_USER_INPUT',
      ],
      [
        {
          ...g,
          seats: [
            { ownerId: good.roll[0].ownerId, role: 'CHAIR' },
            { ownerId: good.roll[0].ownerId, role: 'MEMBER' },
          ],
        },
        'BAD_USER_INPUT',
      ],
      [{ ...g, seats: [{ ownerId: failed.roll[0].ownerId, role: 'CHAIR' }] }, 'BAD_USER_INPUT'], // another compound's owner
      [{ ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'CHAIR' }], termEndsOn: '2020-01-01' }, 'BAD_USER_INPUT'],
      [{ ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'CHAIR' }], termStartsOn: '2026-02-30' }, 'BAD_USER_INPUT'],
      [{ ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'CHAIR' }], committeeName: null }, 'BAD_USER_INPUT'],
      [{ ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'CHAIR' }], voteId: randomUUID() }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases)
      expect([input, await codeOf(stack, RecordElection, { input }, good.committee)]).toEqual([input, code]);
    expect(
      await codeOf(stack, RecordElection, { input: { ...g, seats: [{ ownerId: good.roll[0].ownerId, role: 'CHAIR' }] } }, failed.committee),
    ).toBe('FORBIDDEN');
    const rows = await stack.dataSources.committee.query(
      'SELECT count(*)::int AS n FROM owners_committee WHERE compound_id = ANY($1::uuid[])',
      [[failed.compoundId, other.compoundId, good.compoundId]],
    );
    expect(rows[0].n).toBe(0);
  });
});
