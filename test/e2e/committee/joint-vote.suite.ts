import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { InternalClient } from '../../../shared/handover/internal-client';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { JointMatter } from '../../typed/graphql';
import { CastBallot, CloseVote, OpenVote, RegisterOwnedUnit, RegisterOwner } from './documents';
import { buildRoll, codeOf, decide, newCompound, newHousehold, ok } from './fixtures';

const ChangeBallot = graphql(`
  mutation JointVoteChangeBallot($input: BallotInput!) {
    changeBallot(input: $input) {
      id
      choice
      castAt
      changedAt
    }
  }
`);

const RollWithOwners = graphql(`
  query JointVoteRollWithOwners($c: ID!) {
    ownerRoll(compoundId: $c) {
      heads
      areaCentiM2
      area
      owners {
        totalCount
        edges {
          node {
            id
            heads
            areaCentiM2
            isDeveloper
            units {
              areaCentiM2
            }
          }
        }
      }
    }
  }
`);

const RollHouseholds = graphql(`
  query JointVoteRollHouseholds($c: ID!) {
    ownerRoll(compoundId: $c) {
      owners {
        edges {
          node {
            units {
              household {
                id
                ownedUnit {
                  area
                  owner {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const MyBallot = graphql(`
  query JointVoteMyBallot($id: ID!) {
    vote(id: $id) {
      id
      status
      result {
        valid
      }
      myBallot {
        choice
      }
    }
  }
`);

const UpdateOwnedUnit = graphql(`
  mutation JointVoteUpdateOwnedUnit($input: UpdateOwnedUnitInput!) {
    updateOwnedUnit(input: $input) {
      areaCentiM2
    }
  }
`);

const EraseOwner = graphql(`
  mutation JointVoteEraseOwner($r: ID!) {
    eraseOwnerPersonalData(residentId: $r)
  }
`);

const RollNames = graphql(`
  query JointVoteRollNames($c: ID!) {
    ownerRoll(compoundId: $c) {
      heads
      owners {
        edges {
          node {
            name
            residentId
            areaCentiM2
          }
        }
      }
    }
  }
`);

const M2 = 100; // hundredths of m² in one m²

describe("owners' joint decisions (Civil Code art. 278) through the gateway", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  describe('participation: at least two-thirds of the roll by area AND by heads', () => {
    it('is valid at exactly two-thirds of area and heads', async () => {
      const { vote, open } = await decide(stack, 'MEETING_RULES', [[100 * M2], [100 * M2], [100 * M2]], ['FOR', 'FOR', null]);
      expect(open.roll).toEqual({ heads: 3, areaCentiM2: 30000, area: '300.00' });
      expect(vote.result).toMatchObject({ valid: true, passed: true, participatingAreaCentiM2: 20000, participatingHeads: 2, forHeads: 2 });
      expect(vote.result!.checks.filter((c) => c.stage === 'PARTICIPATION').every((c) => c.met && c.shortfall === 0)).toBe(true);
    });

    it('is invalid 0.01 m² below two-thirds of the area, and says so', async () => {
      const { vote } = await decide(stack, 'MEETING_RULES', [[10000], [9999], [10001]], ['FOR', 'FOR', null]);
      expect(vote.result).toMatchObject({ valid: false, passed: false, participatingAreaCentiM2: 19999, participatingHeads: 2 });
      const area = vote.result!.checks.find((c) => c.stage === 'PARTICIPATION' && c.measure === 'AREA');
      expect(area).toMatchObject({ met: false, count: 19999, base: 30000, required: 20000, shortfall: 1, rule: 'AT_LEAST_TWO_THIRDS' });
      expect(vote.result!.explanation).toContain('Not valid');
      expect(vote.result!.explanation).toContain('FAILED, 0.01 m² short');
    });

    it('is invalid one head below two-thirds even with most of the area', async () => {
      const { vote } = await decide(
        stack,
        'MEETING_RULES',
        [[10000], [10000], [10000], [1], [1], [1]],
        ['FOR', 'FOR', 'FOR', null, null, null],
      );
      expect(vote.result).toMatchObject({ valid: false, passed: false, participatingHeads: 3, participatingAreaCentiM2: 30000 });
      const heads = vote.result!.checks.find((c) => c.stage === 'PARTICIPATION' && c.measure === 'HEADS');
      expect(heads).toMatchObject({ met: false, count: 3, base: 6, required: 4, shortfall: 1 });
      expect(vote.result!.checks.find((c) => c.stage === 'PARTICIPATION' && c.measure === 'AREA')?.met).toBe(true);
    });
  });

  describe('approval of items 6–8: at least three-quarters of the participants by area AND heads', () => {
    it('passes a change of use of common parts at exactly three-quarters; an abstention takes part but does not approve', async () => {
      const { vote, open } = await decide(
        stack,
        'CHANGE_USE_OF_COMMON_PARTS',
        [[10000], [10000], [10000], [10000]],
        ['FOR', 'FOR', 'FOR', 'ABSTAIN'],
      );
      expect(open.approvalRule).toBe('AT_LEAST_THREE_QUARTERS');
      expect(vote.result).toMatchObject({
        valid: true,
        passed: true,
        forAreaCentiM2: 30000,
        forHeads: 3,
        abstainHeads: 1,
        participatingHeads: 4,
      });
    });

    it('passes raising the maintenance fund and rebuilding at exactly three-quarters too', async () => {
      for (const matter of ['RAISE_MAINTENANCE_FUND', 'REBUILD'] satisfies JointMatter[]) {
        const { vote } = await decide(stack, matter, [[10000], [10000], [10000], [10000]], ['FOR', 'AGAINST', 'FOR', 'FOR']);
        expect(vote.result).toMatchObject({ valid: true, passed: true });
      }
    });

    it('fails 0.01 m² below three-quarters of the participating area', async () => {
      const { vote } = await decide(
        stack,
        'CHANGE_USE_OF_COMMON_PARTS',
        [[10000], [10000], [9999], [10001]],
        ['FOR', 'FOR', 'FOR', 'AGAINST'],
      );
      expect(vote.result).toMatchObject({ valid: true, passed: false, forAreaCentiM2: 29999, forHeads: 3 });
      const area = vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'AREA');
      expect(area).toMatchObject({ met: false, base: 40000, required: 30000, shortfall: 1 });
      expect(vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'HEADS')?.met).toBe(true);
      expect(vote.result!.explanation).toContain('Valid but not passed');
    });

    it('fails one head below three-quarters of the participants even with most of the area', async () => {
      const { vote } = await decide(
        stack,
        'REBUILD',
        [[20000], [20000], [20000], [1000], [1000]],
        ['FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN'],
      );
      expect(vote.result).toMatchObject({ valid: true, passed: false, forHeads: 3, participatingHeads: 5 });
      const heads = vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'HEADS');
      expect(heads).toMatchObject({ met: false, required: 4, shortfall: 1 });
      expect(vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'AREA')?.met).toBe(true);
    });
  });

  describe('approval of other matters: more than half of the participants by area AND heads', () => {
    it('fails at exactly half of the heads, though more than half of the area approves', async () => {
      const { vote, open } = await decide(
        stack,
        'HIRE_OR_DISMISS_MANAGER',
        [[10001], [10000], [9999], [10000]],
        ['FOR', 'FOR', 'AGAINST', 'AGAINST'],
      );
      expect(open.approvalRule).toBe('MORE_THAN_HALF');
      expect(vote.result).toMatchObject({ valid: true, passed: false, forHeads: 2, forAreaCentiM2: 20001 });
      expect(vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'HEADS')).toMatchObject({
        met: false,
        required: 3,
        shortfall: 1,
      });
    });

    it('fails with more than half of the heads but exactly half of the area', async () => {
      const { vote } = await decide(stack, 'HIRE_OR_DISMISS_MANAGER', [[5000], [5000], [10000], [20000]], ['FOR', 'FOR', 'FOR', 'AGAINST']);
      expect(vote.result).toMatchObject({
        valid: true,
        passed: false,
        forHeads: 3,
        forAreaCentiM2: 20000,
        participatingAreaCentiM2: 40000,
      });
      expect(vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'AREA')).toMatchObject({
        met: false,
        required: 20001,
        shortfall: 1,
      });
      expect(vote.result!.checks.find((c) => c.stage === 'APPROVAL' && c.measure === 'HEADS')?.met).toBe(true);
    });

    it('passes with more than half on both', async () => {
      const { vote } = await decide(stack, 'ELECT_COMMITTEE', [[5000], [5000], [10000], [20000]], ['FOR', 'FOR', 'AGAINST', 'FOR']);
      expect(vote.result).toMatchObject({ valid: true, passed: true });
    });
  });

  describe('who counts', () => {
    it('counts an owner of several units once with all their area, and the developer once for all unsold units', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const [multi] = await buildRoll(stack, compoundId, committee, [[8000, 9000, 10000], [7000]]);
      const { registerOwner: developer } = await ok(
        stack,
        RegisterOwner,
        { input: { compoundId, name: 'Developer Co.', isDeveloper: true } },
        committee,
      );
      for (const area of [12000, 13000]) {
        await ok(
          stack,
          RegisterOwnedUnit,
          { input: { ownerId: developer.id, householdId: await newHousehold(stack, compoundId), areaCentiM2: area } },
          committee,
        );
      }
      const roll = await ok(stack, RollWithOwners, { c: compoundId }, committee);
      expect(roll.ownerRoll).toMatchObject({ heads: 3, areaCentiM2: 59000, area: '590.00' });
      expect(roll.ownerRoll.owners.totalCount).toBe(3);
      const multiNode = roll.ownerRoll.owners.edges.find((e) => e.node.id === multi.ownerId)?.node;
      expect(multiNode).toMatchObject({ heads: 1, areaCentiM2: 27000 });
      expect(multiNode?.units).toHaveLength(3);
      const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Heads' } }, committee);
      expect(openVote.roll).toEqual({ heads: 3, areaCentiM2: 59000, area: '590.00' });
      const stored = await stack.dataSources.committee.query(
        'SELECT owner_id, area::int, heads FROM vote_roll_entry WHERE vote_id = $1 ORDER BY area',
        [openVote.id],
      );
      expect(stored).toEqual(
        expect.arrayContaining([
          { owner_id: multi.ownerId, area: 27000, heads: 1 },
          { owner_id: developer.id, area: 25000, heads: 1 },
        ]),
      );
    });

    it('names one voter per co-owned unit: the same household cannot be registered twice', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const [a, b] = await buildRoll(stack, compoundId, committee, [[], []]);
      const householdId = await newHousehold(stack, compoundId);
      await ok(stack, RegisterOwnedUnit, { input: { ownerId: a.ownerId, householdId, areaCentiM2: 9000 } }, committee);
      expect(await codeOf(stack, RegisterOwnedUnit, { input: { ownerId: b.ownerId, householdId, areaCentiM2: 9000 } }, committee)).toBe(
        'CONFLICT',
      );
      const rows = await stack.dataSources.committee.query('SELECT owner_id FROM owned_unit WHERE household_id = $1', [householdId]);
      expect(rows).toEqual([{ owner_id: a.ownerId }]);
    });
    it("checks households in party's registry (unknown, other compound, party down), and resolves a household to its place on the roll for roll readers and services", async () => {
      const { compoundId, committee } = await newCompound(stack);
      const [owner] = await buildRoll(stack, compoundId, committee, [[]]);
      const other = await newCompound(stack);
      const elsewhere = await newHousehold(stack, other.compoundId);
      for (const [householdId, code] of [
        [randomUUID(), 'BAD_USER_INPUT'],
        [elsewhere, 'BAD_USER_INPUT'],
      ]) {
        const result = await stack.query(
          RegisterOwnedUnit,
          { input: { ownerId: owner.ownerId, householdId, areaCentiM2: 100 } },
          committee,
        );
        expect(result.errors?.[0]).toMatchObject({ extensions: { code } });
        expect(result.errors?.[0].extensions?.field).toBe('householdId');
      }
      // Party down: the committee cannot confirm the household, so nothing is written.
      const fresh = await newHousehold(stack, compoundId);
      await stack.stopSubgraph('party');
      try {
        expect(
          await codeOf(stack, RegisterOwnedUnit, { input: { ownerId: owner.ownerId, householdId: fresh, areaCentiM2: 100 } }, committee),
        ).toBe('SERVICE_UNAVAILABLE');
      } finally {
        await stack.startSubgraph('party');
      }
      const rows = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM owned_unit WHERE owner_id = $1', [
        owner.ownerId,
      ]);
      expect(rows[0].n).toBe(0);
      // Party back: the same household is accepted.
      const householdId = fresh;
      await ok(stack, RegisterOwnedUnit, { input: { ownerId: owner.ownerId, householdId, areaCentiM2: 8888 } }, committee);
      const seen = await ok(stack, RollHouseholds, { c: compoundId }, await tokenFor('analyst'));
      expect(seen.ownerRoll.owners.edges[0].node.units?.[0].household).toEqual({
        id: householdId,
        ownedUnit: { area: '88.88', owner: { id: owner.ownerId } },
      });
      // Another stakeholder's service resolves the household to its place on the roll.
      const entities = await new InternalClient('property', stack.directory).request<{
        _entities: { id: string; ownedUnit: { area: string } | null }[];
      }>('committee', `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id ownedUnit { area } } } }`, {
        reps: [{ __typename: 'Household', id: householdId }],
      });
      expect(entities._entities[0]).toEqual({ id: householdId, ownedUnit: { area: '88.88' } });
    });
  });

  describe('ballots', () => {
    it('lets an owner change a ballot until close, never after; the change counts', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000], [10000]]);
      const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'MANAGEMENT_STATUTE', title: 'Statute' } }, committee);
      stack.clock.set('2026-11-22T03:00:00Z');
      const cast = await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'AGAINST' } }, roll[0].token);
      expect(cast.castBallot).toMatchObject({ choice: 'AGAINST', castAt: '2026-11-22T03:00:00.000Z', changedAt: null });
      stack.clock.set('2026-11-22T03:05:00Z');
      const changed = await ok(stack, ChangeBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[0].token);
      expect(changed.changeBallot).toMatchObject({
        id: cast.castBallot.id,
        choice: 'FOR',
        castAt: '2026-11-22T03:00:00.000Z',
        changedAt: '2026-11-22T03:05:00.000Z',
      });
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[1].token);
      const { closeVote } = await ok(stack, CloseVote, { id: openVote.id }, committee);
      expect(closeVote.result).toMatchObject({ valid: true, passed: true, forHeads: 2, againstHeads: 0 });

      expect(await codeOf(stack, ChangeBallot, { input: { voteId: openVote.id, choice: 'AGAINST' } }, roll[0].token)).toBe('CONFLICT');
      expect(await codeOf(stack, CastBallot, { input: { voteId: openVote.id, choice: 'AGAINST' } }, roll[2].token)).toBe('CONFLICT');
      expect(await codeOf(stack, CloseVote, { id: openVote.id }, committee)).toBe('CONFLICT');
      const ballots: { owner_id: string; choice: string }[] = await stack.dataSources.committee.query(
        'SELECT owner_id, choice FROM ballot WHERE vote_id = $1 ORDER BY choice',
        [openVote.id],
      );
      expect(ballots).toHaveLength(2);
      expect(ballots.every((b) => b.choice === 'FOR')).toBe(true);
      const stored = await stack.dataSources.committee.query(
        'SELECT status, for_heads, for_area::int, passed, valid, explanation FROM joint_vote WHERE id = $1',
        [openVote.id],
      );
      expect(stored[0]).toMatchObject({ status: 'CLOSED', for_heads: 2, for_area: 20000, passed: true, valid: true });
      expect(stored[0].explanation).toContain('Valid and passed');
    });

    it('refuses a second ballot instead of a change, and 20 simultaneous casts store exactly one', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000]]);
      const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Once' } }, committee);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          stack.query(CastBallot, { input: { voteId: openVote.id, choice: i % 2 ? 'FOR' : 'AGAINST' } }, roll[0].token),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
      const rows = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM ballot WHERE vote_id = $1', [openVote.id]);
      expect(rows[0].n).toBe(1);
      expect(await codeOf(stack, ChangeBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[1].token)).toBe('CONFLICT');
    });

    it('refuses owners not on the frozen roll, and later roll changes do not touch an open vote', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000]]);
      const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Frozen' } }, committee);
      const [late] = await buildRoll(stack, compoundId, committee, [[50000]]);
      expect(await codeOf(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, late.token)).toBe('FORBIDDEN');
      const stranger = await tokenFor('owner', {}, { residentId: randomUUID() });
      expect(await codeOf(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, stranger)).toBe('FORBIDDEN');
      const resident = await tokenFor('resident', { compoundId }, { residentId: roll[0].residentId });
      expect(await codeOf(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, resident)).toBe('FORBIDDEN');
      const units = await stack.dataSources.committee.query('SELECT id FROM owned_unit WHERE owner_id = $1', [roll[0].ownerId]);
      await ok(stack, UpdateOwnedUnit, { input: { id: units[0].id, areaCentiM2: 1 } }, committee);
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[0].token);
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[1].token);
      const { closeVote } = await ok(stack, CloseVote, { id: openVote.id }, committee);
      expect(closeVote.result).toMatchObject({ participatingAreaCentiM2: 20000, participatingHeads: 2, valid: true, passed: true });
      const count = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM ballot WHERE vote_id = $1', [openVote.id]);
      expect(count[0].n).toBe(2);
    });

    it('shows a ballot only to its voter', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000]]);
      const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Secret' } }, committee);
      await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'AGAINST' } }, roll[0].token);
      expect((await ok(stack, MyBallot, { id: openVote.id }, roll[0].token)).vote.myBallot).toEqual({ choice: 'AGAINST' });
      expect((await ok(stack, MyBallot, { id: openVote.id }, roll[1].token)).vote.myBallot).toBeNull();
      expect((await ok(stack, MyBallot, { id: openVote.id }, committee)).vote.myBallot).toBeNull();
      const analyst = await tokenFor('analyst');
      expect((await ok(stack, MyBallot, { id: openVote.id }, analyst)).vote).toMatchObject({
        status: 'OPEN',
        result: null,
        myBallot: null,
      });
      const admin = await tokenFor('admin');
      expect((await ok(stack, MyBallot, { id: openVote.id }, admin)).vote.myBallot).toBeNull();
      // No field of the graph lists ballots: a text no typed document can hold, refused by the gateway.
      const ballotList = await stack.queryText(`query($id: ID!) { vote(id: $id) { ballots { choice } } }`, { id: openVote.id }, admin);
      expect(ballotList.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it('erases an owner on request: name and resident link go, the ballot and the result stay', async () => {
    const { compoundId, committee } = await newCompound(stack);
    const roll = await buildRoll(stack, compoundId, committee, [[10000], [10000], [10000]]);
    const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Erasure' } }, committee);
    await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[0].token);
    await ok(stack, CastBallot, { input: { voteId: openVote.id, choice: 'FOR' } }, roll[1].token);
    expect(await codeOf(stack, EraseOwner, { r: roll[0].residentId }, committee)).toBe('FORBIDDEN');
    const erased = await ok(stack, EraseOwner, { r: roll[0].residentId }, await tokenFor('admin'));
    expect(erased.eraseOwnerPersonalData).toBe(1);
    const row = await stack.dataSources.committee.query('SELECT name, resident_id FROM owner WHERE id = $1', [roll[0].ownerId]);
    expect(row[0]).toEqual({ name: null, resident_id: null });
    // The former owner's token no longer reaches the ballot.
    expect(await codeOf(stack, ChangeBallot, { input: { voteId: openVote.id, choice: 'AGAINST' } }, roll[0].token)).toBe('FORBIDDEN');
    const { closeVote } = await ok(stack, CloseVote, { id: openVote.id }, committee);
    expect(closeVote.result).toMatchObject({ valid: true, passed: true, forHeads: 2 });
  });

  describe('bad input and scope', () => {
    it('refuses zero and negative areas, unknown matters and other compounds, writing nothing', async () => {
      const { compoundId, committee } = await newCompound(stack);
      const [owner] = await buildRoll(stack, compoundId, committee, [[]]);
      for (const area of [0, -100, 1.5]) {
        expect(
          await codeOf(
            stack,
            RegisterOwnedUnit,
            { input: { ownerId: owner.ownerId, householdId: await newHousehold(stack, compoundId), areaCentiM2: area } },
            committee,
          ),
        ).toBe('BAD_USER_INPUT');
      }
      expect(
        await codeOf(stack, RegisterOwnedUnit, { input: { ownerId: owner.ownerId, householdId: 'nope', areaCentiM2: 100 } }, committee),
      ).toBe('BAD_USER_INPUT');
      const units = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM owned_unit WHERE owner_id = $1', [
        owner.ownerId,
      ]);
      expect(units[0].n).toBe(0);
      // An empty roll cannot vote.
      expect(await codeOf(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Empty' } }, committee)).toBe(
        'CONFLICT',
      );
      // A matter the schema does not have: typed variables cannot carry it, so the vote's text goes untyped.
      const unknown = await stack.queryText(OpenVote.toString(), { input: { compoundId, matter: 'BUY_A_YACHT', title: 'No' } }, committee);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const other = await newCompound(stack);
      expect(
        await codeOf(stack, RegisterOwner, { input: { compoundId: other.compoundId, name: 'X', residentId: randomUUID() } }, committee),
      ).toBe('FORBIDDEN');
      expect(
        await codeOf(
          stack,
          RegisterOwnedUnit,
          { input: { ownerId: owner.ownerId, householdId: await newHousehold(stack, compoundId), areaCentiM2: 100 } },
          other.committee,
        ),
      ).toBe('FORBIDDEN');
      const ownerToken = await tokenFor('owner', { compoundId }, { residentId: owner.residentId });
      expect(await codeOf(stack, OpenVote, { input: { compoundId, matter: 'OTHER_MAJOR_MATTER', title: 'Owner' } }, ownerToken)).toBe(
        'FORBIDDEN',
      );
      const votes = await stack.dataSources.committee.query('SELECT count(*)::int AS n FROM joint_vote WHERE compound_id = $1', [
        compoundId,
      ]);
      expect(votes[0].n).toBe(0);
      // One resident is one owner; the developer is one owner.
      expect(await codeOf(stack, RegisterOwner, { input: { compoundId, name: 'Again', residentId: owner.residentId } }, committee)).toBe(
        'CONFLICT',
      );
      await ok(stack, RegisterOwner, { input: { compoundId, name: 'Dev', isDeveloper: true } }, committee);
      expect(await codeOf(stack, RegisterOwner, { input: { compoundId, name: 'Dev 2', isDeveloper: true } }, committee)).toBe('CONFLICT');
    });

    it('hides owners’ names from analysts but lets them read the roll; others may not read it', async () => {
      const { compoundId, committee } = await newCompound(stack);
      await buildRoll(stack, compoundId, committee, [[10000]]);
      const Q = RollNames;
      const analyst = await tokenFor('analyst');
      const seen = await ok(stack, Q, { c: compoundId }, analyst);
      expect(seen.ownerRoll.owners.edges[0].node).toEqual({ name: null, residentId: null, areaCentiM2: 10000 });
      const mine = await ok(stack, Q, { c: compoundId }, committee);
      expect(mine.ownerRoll.owners.edges[0].node.name).toBe('Owner 1');
      const other = await newCompound(stack);
      expect(await codeOf(stack, Q, { c: compoundId }, other.committee)).toBe('FORBIDDEN');
      expect(await codeOf(stack, Q, { c: compoundId }, await tokenFor('resident', { compoundId }))).toBe('FORBIDDEN');
    });
  });
});
