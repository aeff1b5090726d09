import { randomUUID } from 'node:crypto';
import { createPartyCompound, createPartyHousehold } from '../../support/party-places';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';

export interface RollOwner {
  ownerId: string;
  residentId: string;
  token: string;
}

export type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

/** Asserts a GraphQL call succeeded and returns its data. */
export async function ok<T = any>(stack: Stack, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await stack.query(query, variables, token);
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** The error code of a call that must fail. */
export async function codeOf(stack: Stack, query: string, variables: Record<string, unknown>, token: string): Promise<string | undefined> {
  const result = await stack.query(query, variables, token);
  return result.errors?.[0]?.extensions?.code;
}

export const REGISTER_OWNER = `mutation($input: RegisterOwnerInput!) { registerOwner(input: $input) { id isDeveloper name } }`;
export const REGISTER_UNIT = `mutation($input: RegisterOwnedUnitInput!) { registerOwnedUnit(input: $input) { id areaCentiM2 area } }`;
export const OPEN_VOTE = `mutation($input: OpenVoteInput!) { openVote(input: $input) { id status matter approvalRule roll { heads areaCentiM2 area } } }`;
export const CAST = `mutation($input: BallotInput!) { castBallot(input: $input) { id choice castAt changedAt } }`;
export const CHANGE = `mutation($input: BallotInput!) { changeBallot(input: $input) { id choice castAt changedAt } }`;
export const CLOSE = `mutation($id: ID!) { closeVote(id: $id) { id status closedAt result {
  valid passed participatingAreaCentiM2 participatingHeads forAreaCentiM2 forHeads againstAreaCentiM2 againstHeads
  abstainAreaCentiM2 abstainHeads explanation checks { stage measure rule count base required shortfall met text } } } }`;

/** A compound of its own, real in party's registry (with one building), and a committee member's token. */
export async function newCompound(stack: Stack): Promise<{ compoundId: string; committee: string }> {
  const { compoundId } = await createPartyCompound(stack);
  return { compoundId, committee: await tokenFor('committee_member', { compoundId }, { sub: `committee-${compoundId}` }) };
}

/** A new household of the compound's building in party's registry: the roll checks households there. */
export async function newHousehold(stack: Stack, compoundId: string): Promise<string> {
  const [building] = await stack.dataSources.party.query('SELECT id FROM building WHERE compound_id = $1 ORDER BY number LIMIT 1', [
    compoundId,
  ]);
  if (!building) throw new Error(`Compound ${compoundId} has no building in party`);
  return createPartyHousehold(stack, { compoundId, buildingId: building.id });
}

/** Registers one owner per entry, each holding units of the given areas (hundredths of m²). */
export async function buildRoll(stack: Stack, compoundId: string, committee: string, owners: number[][]): Promise<RollOwner[]> {
  const result: RollOwner[] = [];
  for (const [i, areas] of owners.entries()) {
    const residentId = randomUUID();
    const { registerOwner } = await ok(stack, REGISTER_OWNER, { input: { compoundId, name: `Owner ${i + 1}`, residentId } }, committee);
    for (const area of areas) {
      await ok(
        stack,
        REGISTER_UNIT,
        { input: { ownerId: registerOwner.id, householdId: await newHousehold(stack, compoundId), areaCentiM2: area } },
        committee,
      );
    }
    result.push({
      ownerId: registerOwner.id,
      residentId,
      token: await tokenFor('owner', { compoundId }, { residentId, sub: `owner-${residentId}` }),
    });
  }
  return result;
}

/** Builds a roll, opens a vote on it, casts the ballots and closes it; returns the closed vote. */
export async function decide(stack: Stack, matter: string, owners: number[][], choices: (Choice | null)[]) {
  const { compoundId, committee } = await newCompound(stack);
  const roll = await buildRoll(stack, compoundId, committee, owners);
  const { openVote } = await ok(stack, OPEN_VOTE, { input: { compoundId, matter, title: `Vote on ${matter}` } }, committee);
  for (const [i, choice] of choices.entries()) {
    if (choice) await ok(stack, CAST, { input: { voteId: openVote.id, choice } }, roll[i].token);
  }
  const { closeVote } = await ok(stack, CLOSE, { id: openVote.id }, committee);
  return { vote: closeVote, open: openVote, roll, compoundId, committee };
}
