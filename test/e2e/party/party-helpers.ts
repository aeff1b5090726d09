export { codeOf } from '../../support/stack';
export { ok } from '../../support/post-graphql';
import { ok } from '../../support/post-graphql';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateResidentInput } from '../../typed/graphql';

const CreateStreet = graphql(`
  mutation PartyHelpersCreateStreet($name: String!) {
    createStreet(input: { name: $name, city: "Tianjin" }) {
      id
    }
  }
`);

const CreateCommunity = graphql(`
  mutation PartyHelpersCreateCommunity($s: ID!, $name: String!) {
    createCommunity(input: { streetId: $s, name: $name }) {
      id
    }
  }
`);

const CreateCompound = graphql(`
  mutation PartyHelpersCreateCompound($c: ID!, $n: String!) {
    createCompound(input: { communityId: $c, name: $n }) {
      id
    }
  }
`);

const CreateBuilding = graphql(`
  mutation PartyHelpersCreateBuilding($c: ID!) {
    createBuilding(input: { compoundId: $c, number: 1 }) {
      id
    }
  }
`);

const CreateHousehold = graphql(`
  mutation PartyHelpersCreateHousehold($c: ID!, $b: ID!) {
    createHousehold(input: { compoundId: $c, buildingId: $b, doorNumber: "101" }) {
      id
    }
  }
`);

export const CreateResident = graphql(`
  mutation PartyHelpersCreateResident($i: CreateResidentInput!) {
    createResident(input: $i) {
      id
    }
  }
`);

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
  const street = ok(await stack.query(CreateStreet, { name: `Test Street${suffix}` }, admin)).createStreet.id;
  const community = ok(await stack.query(CreateCommunity, { s: street, name: `Test Community${suffix}` }, admin)).createCommunity.id;
  const mk = async (name: string) => ok(await stack.query(CreateCompound, { c: community, n: name }, admin)).createCompound.id;
  const compoundA = await mk(`Alpha${suffix}`);
  const compoundB = await mk(`Beta${suffix}`);
  const building = async (compoundId: string) =>
    ok(await stack.query(CreateBuilding, { c: compoundId }, await tokenFor('party_secretary', { compoundId }))).createBuilding.id;
  const buildingA = await building(compoundA);
  const buildingB = await building(compoundB);
  const household = async (compoundId: string, buildingId: string) =>
    ok(await stack.query(CreateHousehold, { c: compoundId, b: buildingId }, await tokenFor('grid_worker', { compoundId }))).createHousehold
      .id;
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
  extra: Partial<CreateResidentInput> = {},
): Promise<string> {
  const input = { compoundId, householdId, name: '李四', birthDate: '1950-03-01', phone: '13812345678', ...extra };
  return ok(await stack.query(CreateResident, { i: input }, await tokenFor('grid_worker', { compoundId }))).createResident.id;
}
