import { randomUUID } from 'node:crypto';
import type { Stack } from './stack';

const AUDIT = ['test:factory', new Date('2026-01-01T00:00:00Z'), 'test:factory', new Date('2026-01-01T00:00:00Z')];

export interface CompoundFixture {
  id: string;
  name: string;
  buildingIds: string[];
  committeeId: string;
  companyId: string;
  enterpriseId: string;
}

/**
 * A compound with rows in all four databases, written straight to SQL: buildings
 * (party), a committee (committee), a contract with a company (property) and an outlet
 * of an enterprise (enterprise). For tests that need many compounds quickly.
 */
export async function createCompoundsEverywhere(stack: Stack, count: number, prefix = 'Fixture'): Promise<CompoundFixture[]> {
  const { party, committee, property, enterprise } = stack.dataSources;
  const streetId = randomUUID();
  const communityId = randomUUID();
  await party.query(
    `INSERT INTO street (id, name, city, created_by, created_at, updated_by, updated_at) VALUES ($1, 'Test Street', 'Test City', $2, $3, $4, $5)`,
    [streetId, ...AUDIT],
  );
  await party.query(
    `INSERT INTO community (id, street_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'Test Community', $3, $4, $5, $6)`,
    [communityId, streetId, ...AUDIT],
  );
  const fixtures: CompoundFixture[] = [];
  for (let i = 0; i < count; i++) {
    const f: CompoundFixture = {
      id: randomUUID(),
      name: `${prefix} ${String(i).padStart(3, '0')}`,
      buildingIds: [randomUUID(), randomUUID()],
      committeeId: randomUUID(),
      companyId: randomUUID(),
      enterpriseId: randomUUID(),
    };
    await party.query(
      `INSERT INTO compound (id, community_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [f.id, communityId, f.name, ...AUDIT],
    );
    for (const [n, buildingId] of f.buildingIds.entries()) {
      await party.query(
        `INSERT INTO building (id, compound_id, number, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [buildingId, f.id, n + 1, `Building ${n + 1}`, ...AUDIT],
      );
    }
    await committee.query(
      `INSERT INTO owners_committee (id, compound_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [f.committeeId, f.id, `${f.name} committee`, ...AUDIT],
    );
    await property.query(
      `INSERT INTO property_company (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [f.companyId, `${f.name} property`, ...AUDIT],
    );
    await property.query(
      `INSERT INTO service_contract (id, company_id, compound_id, starts_on, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, '2025-01-01', $4, $5, $6, $7)`,
      [randomUUID(), f.companyId, f.id, ...AUDIT],
    );
    await enterprise.query(
      `INSERT INTO social_enterprise (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [f.enterpriseId, `${f.name} enterprise`, ...AUDIT],
    );
    await enterprise.query(
      `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, 'VEG_SHOP', $4, $5, $6, $7, $8)`,
      [randomUUID(), f.enterpriseId, f.id, `${f.name} veg shop`, ...AUDIT],
    );
    fixtures.push(f);
  }
  return fixtures;
}
