import { randomUUID } from 'node:crypto';
import { createPartyCompound, createPartyHousehold } from '../../support/party-places';
import { ok as dataOf, type TypedDocument } from '../../support/post-graphql';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import type { BallotChoice, JointMatter } from '../../typed/graphql';
import { CastBallot, CloseVote, OpenVote, RegisterOwnedUnit, RegisterOwner } from './documents';

export interface RollOwner {
  ownerId: string;
  residentId: string;
  token: string;
}

/** Asserts a GraphQL call succeeded and returns its data. */
export async function ok<R, V>(stack: Stack, document: TypedDocument<R, V>, variables: V, token: string): Promise<R> {
  return dataOf(await stack.query(document, variables, token));
}

/** The error code of a call that must fail. */
export async function codeOf<R, V>(stack: Stack, document: TypedDocument<R, V>, variables: V, token: string): Promise<string | undefined> {
  const result = await stack.query(document, variables, token);
  return result.errors?.[0]?.extensions?.code;
}

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
    const { registerOwner } = await ok(stack, RegisterOwner, { input: { compoundId, name: `Owner ${i + 1}`, residentId } }, committee);
    for (const area of areas) {
      await ok(
        stack,
        RegisterOwnedUnit,
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
export async function decide(stack: Stack, matter: JointMatter, owners: number[][], choices: (BallotChoice | null)[]) {
  const { compoundId, committee } = await newCompound(stack);
  const roll = await buildRoll(stack, compoundId, committee, owners);
  const { openVote } = await ok(stack, OpenVote, { input: { compoundId, matter, title: `Vote on ${matter}` } }, committee);
  for (const [i, choice] of choices.entries()) {
    if (choice) await ok(stack, CastBallot, { input: { voteId: openVote.id, choice } }, roll[i].token);
  }
  const { closeVote } = await ok(stack, CloseVote, { id: openVote.id }, committee);
  return { vote: closeVote, open: openVote, roll, compoundId, committee };
}
