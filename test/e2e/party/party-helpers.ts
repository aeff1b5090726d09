export { codeOf } from '../../support/stack';
import type { GraphQLResult, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';

/** Fails the test with the errors when a call that should succeed did not. */
export function ok<T = any>(result: GraphQLResult): T {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

export async function countRows(stack: Stack, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await stack.dataSources.party.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return row.n;
}

export interface Fixture {
  compoundA: string;
  compoundB: string;
  buildingA: string;
  buildingB: string;
  householdA: string;
  householdB: string;
}

/** Two compounds of one community, each with a building and a household, made through the API. */
export async function orgFixture(stack: Stack, suffix = ''): Promise<Fixture> {
  const admin = await tokenFor('admin');
  const street = ok(
    await stack.query(`mutation { createStreet(input: { name: "Test Street${suffix}", city: "Tianjin" }) { id } }`, {}, admin),
  ).createStreet.id;
  const community = ok(
    await stack.query(
      `mutation($s: ID!) { createCommunity(input: { streetId: $s, name: "Test Community${suffix}" }) { id } }`,
      { s: street },
      admin,
    ),
  ).createCommunity.id;
  const mk = async (name: string) =>
    ok(
      await stack.query(
        `mutation($c: ID!, $n: String!) { createCompound(input: { communityId: $c, name: $n }) { id } }`,
        { c: community, n: name },
        admin,
      ),
    ).createCompound.id as string;
  const compoundA = await mk(`Alpha${suffix}`);
  const compoundB = await mk(`Beta${suffix}`);
  const building = async (compoundId: string) =>
    ok(
      await stack.query(
        `mutation($c: ID!) { createBuilding(input: { compoundId: $c, number: 1 }) { id } }`,
        { c: compoundId },
        await tokenFor('party_secretary', { compoundId }),
      ),
    ).createBuilding.id as string;
  const buildingA = await building(compoundA);
  const buildingB = await building(compoundB);
  const household = async (compoundId: string, buildingId: string) =>
    ok(
      await stack.query(
        `mutation($c: ID!, $b: ID!) { createHousehold(input: { compoundId: $c, buildingId: $b, doorNumber: "101" }) { id } }`,
        { c: compoundId, b: buildingId },
        await tokenFor('grid_worker', { compoundId }),
      ),
    ).createHousehold.id as string;
  return {
    compoundA,
    compoundB,
    buildingA,
    buildingB,
    householdA: await household(compoundA, buildingA),
    householdB: await household(compoundB, buildingB),
  };
}

export async function createResident(
  stack: Stack,
  compoundId: string,
  householdId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const input = { compoundId, householdId, name: '李四', birthDate: '1950-03-01', phone: '13812345678', ...extra };
  return ok(
    await stack.query(
      `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
      { i: input },
      await tokenFor('grid_worker', { compoundId }),
    ),
  ).createResident.id;
}
