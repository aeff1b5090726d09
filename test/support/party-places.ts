import { randomUUID } from 'node:crypto';
import type { Stack } from './stack';

const AUDIT = ['test:factory', new Date('2026-01-01T00:00:00Z'), 'test:factory', new Date('2026-01-01T00:00:00Z')];

export interface PartyCompound {
  compoundId: string;
  buildingId: string;
}

/**
 * A real compound with one building in party's registry (street → community → compound
 * → building), written in SQL like test/support/factories.ts: other subgraphs check
 * households and buildings against party at write time.
 */
export async function createPartyCompound(stack: Stack, name = `Compound ${randomUUID().slice(0, 8)}`): Promise<PartyCompound> {
  const party = stack.dataSources.party;
  const streetId = randomUUID();
  const communityId = randomUUID();
  const compoundId = randomUUID();
  const buildingId = randomUUID();
  await party.query(
    `INSERT INTO street (id, name, city, created_by, created_at, updated_by, updated_at) VALUES ($1, 'Test Street', 'Test City', $2, $3, $4, $5)`,
    [streetId, ...AUDIT],
  );
  await party.query(
    `INSERT INTO community (id, street_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'Test Community', $3, $4, $5, $6)`,
    [communityId, streetId, ...AUDIT],
  );
  await party.query(
    `INSERT INTO compound (id, community_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [compoundId, communityId, name, ...AUDIT],
  );
  await party.query(
    `INSERT INTO building (id, compound_id, number, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 1, 'Building 1', $3, $4, $5, $6)`,
    [buildingId, compoundId, ...AUDIT],
  );
  return { compoundId, buildingId };
}

/** A household of that compound's building, known to party. */
export async function createPartyHousehold(stack: Stack, place: PartyCompound): Promise<string> {
  const id = randomUUID();
  const door = id.slice(0, 8);
  await stack.dataSources.party.query(
    `INSERT INTO household (id, compound_id, building_id, door_number, label, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, place.compoundId, place.buildingId, door, `1-${door}`, ...AUDIT],
  );
  return id;
}
