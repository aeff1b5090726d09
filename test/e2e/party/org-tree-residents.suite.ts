import { startStack, Stack } from '../../support/stack';
import { tokenFor, tokenWith } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateResidentInput } from '../../typed/graphql';
import { codeOf, countRows, CreateResident, createResident, Fixture, ok, orgFixture } from './party-helpers';

const CreateUnit = graphql(`
  mutation OrgTreeCreateUnit($b: ID!) {
    createUnit(input: { buildingId: $b, number: 2 }) {
      id
      name
    }
  }
`);

const CreateHousehold = graphql(`
  mutation OrgTreeCreateHousehold($i: CreateHouseholdInput!) {
    createHousehold(input: $i) {
      id
      label
      isLocal
    }
  }
`);

const HouseholdUp = graphql(`
  query OrgTreeHouseholdUp($id: ID!) {
    household(id: $id) {
      label
      unit {
        number
        building {
          number
          compound {
            name
            community {
              name
              street {
                name
                city
              }
            }
          }
        }
      }
    }
  }
`);

const Streets = graphql(`
  query OrgTreeStreets {
    streets(first: 10) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const StreetDown = graphql(`
  query OrgTreeStreetDown($id: ID!) {
    street(id: $id) {
      communities {
        compounds {
          name
          buildings {
            number
            units {
              number
              households {
                label
              }
            }
            households(first: 10) {
              totalCount
              edges {
                node {
                  label
                }
              }
            }
          }
        }
      }
    }
  }
`);

const HouseholdsPage = graphql(`
  query OrgTreeHouseholdsPage($id: ID!, $after: String) {
    compound(id: $id) {
      households(first: 3, after: $after) {
        totalCount
        edges {
          node {
            label
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CreateBuilding = graphql(`
  mutation OrgTreeCreateBuilding($c: ID!, $number: Int!) {
    createBuilding(input: { compoundId: $c, number: $number }) {
      id
    }
  }
`);

const CreateStreet = graphql(`
  mutation OrgTreeCreateStreet {
    createStreet(input: { name: "X", city: "Y" }) {
      id
    }
  }
`);

const UpdateCompound = graphql(`
  mutation OrgTreeUpdateCompound($i: UpdateCompoundInput!) {
    updateCompound(input: $i) {
      name
      nameZh
    }
  }
`);

const ResidentRecord = graphql(`
  query OrgTreeResidentRecord($id: ID!) {
    resident(id: $id) {
      id
      name
      phone
      birthDate
      isLocal
      elderlyLivingAlone
      erased
      household {
        label
      }
    }
  }
`);

const ElderlyLivingAlone = graphql(`
  query OrgTreeElderlyLivingAlone($c: ID!) {
    compound(id: $c) {
      residents(first: 50, elderlyLivingAlone: true) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

const ResidentCount = graphql(`
  query OrgTreeResidentCount($c: ID!) {
    compound(id: $c) {
      residents {
        totalCount
      }
    }
  }
`);

const EraseResident = graphql(`
  mutation OrgTreeEraseResident($id: ID!) {
    eraseResident(id: $id) {
      id
      name
      phone
      erased
    }
  }
`);

const ErasedAsAdmin = graphql(`
  query OrgTreeErasedAsAdmin($id: ID!) {
    resident(id: $id) {
      name
      phone
      birthDate
      erased
      household {
        id
      }
    }
  }
`);

const UpdateResident = graphql(`
  mutation OrgTreeUpdateResident($i: UpdateResidentInput!) {
    updateResident(input: $i) {
      phone
      household {
        id
      }
    }
  }
`);

const UpdateBuilding = graphql(`
  mutation OrgTreeUpdateBuilding($i: UpdateBuildingInput!) {
    updateBuilding(input: $i) {
      name
    }
  }
`);

const Tree = graphql(`
  query OrgTreeTree($id: ID!) {
    compound(id: $id) {
      community {
        id
        street {
          id
        }
      }
      buildings {
        units {
          id
        }
      }
    }
  }
`);

const UpdateStreet = graphql(`
  mutation OrgTreeUpdateStreet($id: ID!) {
    updateStreet(input: { id: $id, nameZh: "测试街道" }) {
      name
      nameZh
    }
  }
`);

const UpdateCommunity = graphql(`
  mutation OrgTreeUpdateCommunity($id: ID!, $name: String!) {
    updateCommunity(input: { id: $id, name: $name }) {
      name
    }
  }
`);

const UpdateUnit = graphql(`
  mutation OrgTreeUpdateUnit($id: ID!, $name: String!) {
    updateUnit(id: $id, name: $name) {
      name
    }
  }
`);

const UpdateHousehold = graphql(`
  mutation OrgTreeUpdateHousehold($id: ID!) {
    updateHousehold(input: { id: $id, doorNumber: "302", isLocal: false }) {
      label
      doorNumber
      isLocal
    }
  }
`);

/** Party's answers straight from the subgraph (entities, internal look-ups): not in the API schema, so typed here. */
type Entities = { _entities: ({ id: string; name?: string | null; label?: string | null } | null)[] };
type BuildingInfo = { buildingInfo: { compoundId: string; number: number } | null };
type HouseholdInfo = { householdInfo: { compoundId: string; buildingId: string } | null };
type ResidentInfo = { residentInfo: { compoundId: string; birthDate: string | null } | null };

describe('party: org tree and residents', () => {
  let stack: Stack;
  let f: Fixture;

  beforeAll(async () => {
    stack = await startStack();
    f = await orgFixture(stack);
  });
  afterAll(() => stack.stop());

  it('builds the tree street → community → compound → building → unit → household and navigates it both ways', async () => {
    const grid = await tokenFor('grid_worker', { compoundId: f.compoundA });
    const unit = ok(await stack.query(CreateUnit, { b: f.buildingA }, grid)).createUnit;
    expect(unit.name).toBe('Unit 2');
    const created = ok(
      await stack.query(
        CreateHousehold,
        { i: { compoundId: f.compoundA, buildingId: f.buildingA, unitId: unit.id, doorNumber: '501', isLocal: false } },
        grid,
      ),
    ).createHousehold;
    expect(created).toMatchObject({ label: '1-2-501', isLocal: false });

    const up = ok(await stack.query(HouseholdUp, { id: created.id }, grid)).household;
    expect(up).toEqual({
      label: '1-2-501',
      unit: {
        number: 2,
        building: {
          number: 1,
          compound: { name: 'Alpha', community: { name: 'Test Community', street: { name: 'Test Street', city: 'Tianjin' } } },
        },
      },
    });

    const streets = ok(await stack.query(Streets, {}, grid)).streets;
    const streetId = streets.edges.find((e) => e.node.name === 'Test Street')!.node.id;
    const down = ok(await stack.query(StreetDown, { id: streetId }, grid)).street;
    const alpha = down.communities[0].compounds.find((c) => c.name === 'Alpha')!;
    const building = alpha.buildings?.[0];
    expect(building?.units).toEqual([{ number: 2, households: [{ label: '1-2-501' }] }]);
    expect(building?.households?.totalCount).toBe(2);
    expect(building?.households?.edges.map((e) => e.node.label)).toEqual(['1-101', '1-2-501']);
  });

  it('pages a compound’s households with cursors', async () => {
    const grid = await tokenFor('grid_worker', { compoundId: f.compoundB });
    for (const door of ['102', '103', '104']) {
      ok(await stack.query(CreateHousehold, { i: { compoundId: f.compoundB, buildingId: f.buildingB, doorNumber: door } }, grid));
    }
    const q = HouseholdsPage;
    const p1 = ok(await stack.query(q, { id: f.compoundB }, grid)).compound.households;
    expect(p1?.totalCount).toBe(4);
    expect(p1?.edges.map((e) => e.node.label)).toEqual(['1-101', '1-102', '1-103']);
    expect(p1?.pageInfo.hasNextPage).toBe(true);
    const p2 = ok(await stack.query(q, { id: f.compoundB, after: p1?.pageInfo.endCursor }, grid)).compound.households;
    expect(p2?.edges.map((e) => e.node.label)).toEqual(['1-104']);
    expect(p2?.pageInfo.hasNextPage).toBe(false);
  });

  it('lets party roles write only within their compounds, and only admins change the top of the tree', async () => {
    const gridB = await tokenFor('grid_worker', { compoundId: f.compoundB });
    const before = await countRows(stack, 'household');
    const r = await stack.query(CreateHousehold, { i: { compoundId: f.compoundA, buildingId: f.buildingA, doorNumber: '999' } }, gridB);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const gridA = await tokenFor('grid_worker', { compoundId: f.compoundA });
    expect(codeOf(await stack.query(CreateBuilding, { c: f.compoundA, number: 7 }, gridA))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(CreateStreet, {}, await tokenFor('party_secretary', { compoundId: f.compoundA })))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stack.query(
          UpdateCompound,
          { i: { id: f.compoundA, name: 'Renamed' } },
          await tokenFor('party_secretary', { compoundId: f.compoundB }),
        ),
      ),
    ).toBe('FORBIDDEN');
    const secA = await tokenFor('party_secretary', { compoundId: f.compoundA });
    expect(codeOf(await stack.query(CreateBuilding, { c: f.compoundA, number: 1 }, secA))).toBe('CONFLICT');
    expect(await countRows(stack, 'household')).toBe(before);
    expect(await countRows(stack, 'building', 'compound_id = $1', [f.compoundA])).toBe(1);
  });

  it('refuses a household in another compound’s building, and a resident in another compound’s household', async () => {
    const gridA = await tokenFor('grid_worker', { compoundId: f.compoundA });
    const before = await countRows(stack, 'household');
    const r = await stack.query(CreateHousehold, { i: { compoundId: f.compoundA, buildingId: f.buildingB, doorNumber: '201' } }, gridA);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/another compound/);
    expect(await countRows(stack, 'household')).toBe(before);
  });

  it('validates resident input with BAD_USER_INPUT and writes nothing', async () => {
    const gridA = await tokenFor('grid_worker', { compoundId: f.compoundA });
    const base = { compoundId: f.compoundA, householdId: f.householdA, name: '王五', birthDate: '1960-01-01', phone: '13912345678' };
    const cases: [Partial<CreateResidentInput>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: '王'.repeat(51) }, 'name'],
      [{ birthDate: '2026-11-23' }, 'birthDate'], // the stack clock is 2026-11-22 10:00 in Shanghai
      [{ birthDate: '1960-02-30' }, 'birthDate'],
      [{ phone: '12345678901' }, 'phone'],
      [{ phone: '+1 415 555 0100' }, 'phone'],
      [{ householdId: f.householdB }, 'householdId'],
      [{ householdId: 'nope' }, 'householdId'],
    ];
    const before = await countRows(stack, 'resident');
    for (const [change, field] of cases) {
      const r = await stack.query(CreateResident, { i: { ...base, ...change } }, gridA);
      expect([codeOf(r), r.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await countRows(stack, 'resident')).toBe(before);
    // Today is a valid birth date, and landlines are fine.
    const id = await createResident(stack, f.compoundA, f.householdA, { birthDate: '2026-11-22', phone: '022-58561234' });
    const stored = await stack.dataSources.party.query(
      `SELECT name, phone, birth_date::text AS b, created_by FROM resident WHERE id = $1`,
      [id],
    );
    expect(stored).toEqual([{ name: '李四', phone: '022-58561234', b: '2026-11-22', created_by: 'test-grid_worker' }]);
    // Out of scope: a grid worker of B cannot register in A.
    const gridB = await tokenFor('grid_worker', { compoundId: f.compoundB });
    expect(codeOf(await stack.query(CreateResident, { i: base }, gridB))).toBe('FORBIDDEN');
  });

  it('shows residents their own record, analysts no personal data, and other residents nothing', async () => {
    const id = await createResident(stack, f.compoundA, f.householdA, { name: '赵六', elderlyLivingAlone: true, isLocal: false });
    const q = ResidentRecord;
    const self = ok(await stack.query(q, { id }, await tokenFor('resident', { compoundId: f.compoundA }, { residentId: id }))).resident;
    expect(self).toMatchObject({
      name: '赵六',
      phone: '13812345678',
      birthDate: '1950-03-01',
      isLocal: false,
      elderlyLivingAlone: true,
      erased: false,
    });
    const grid = ok(await stack.query(q, { id }, await tokenFor('grid_worker', { compoundId: f.compoundA }))).resident;
    expect(grid.name).toBe('赵六');
    const analyst = ok(await stack.query(q, { id }, await tokenFor('analyst'))).resident;
    expect(analyst).toMatchObject({ name: null, phone: null, birthDate: null, isLocal: false, elderlyLivingAlone: true });
    // An analyst who also holds a resident grant elsewhere still sees no personal data.
    const mixed = ok(
      await stack.query(q, { id }, await tokenWith([{ role: 'analyst' }, { role: 'resident', compoundId: f.compoundB }])),
    ).resident;
    expect(mixed.name).toBeNull();
    const other = await stack.query(
      q,
      { id },
      await tokenFor('resident', { compoundId: f.compoundA }, { residentId: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    const gridB = await stack.query(q, { id }, await tokenFor('grid_worker', { compoundId: f.compoundB }));
    expect(codeOf(gridB)).toBe('FORBIDDEN');

    const list = ok(await stack.query(ElderlyLivingAlone, { c: f.compoundA }, await tokenFor('analyst'))).compound.residents;
    expect(list?.totalCount).toBe(1);
    expect(list?.edges[0].node).toEqual({ id, name: null });
    expect(
      codeOf(
        await stack.query(ResidentCount, { c: f.compoundA }, await tokenFor('resident', { compoundId: f.compoundA }, { residentId: id })),
      ),
    ).toBe('FORBIDDEN');
  });

  it('resolves Household and Resident references under the same rules, in one batch', async () => {
    const ids = [await createResident(stack, f.compoundA, f.householdA), await createResident(stack, f.compoundA, f.householdA)];
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { id name } ... on Household { id label } } }`;
    const reps = [...ids.map((id) => ({ __typename: 'Resident', id })), { __typename: 'Household', id: f.householdA }];
    const before = stack.counters.party.count;
    const asGrid = ok(
      await stack.querySubgraph<Entities>('party', q, { r: reps }, await tokenFor('grid_worker', { compoundId: f.compoundA })),
    )._entities;
    expect(stack.counters.party.count - before).toBe(2); // one statement per entity type
    expect(asGrid).toEqual([
      { id: ids[0], name: '李四' },
      { id: ids[1], name: '李四' },
      { id: f.householdA, label: '1-101' },
    ]);
    const asAnalyst = ok(await stack.querySubgraph<Entities>('party', q, { r: reps }, await tokenFor('analyst')))._entities;
    expect(asAnalyst[0]).toEqual({ id: ids[0], name: null });
    const asStranger = ok(
      await stack.querySubgraph<Entities>(
        'party',
        q,
        { r: reps.slice(0, 1) },
        await tokenFor('resident', { compoundId: f.compoundB }, { residentId: '00000000-0000-4000-8000-000000000002' }),
      ),
    )._entities;
    expect(asStranger).toEqual([null]);
  });

  it('erases a resident on request: personal fields anonymised, record kept', async () => {
    const id = await createResident(stack, f.compoundA, f.householdA, { name: '钱七' });
    const me = await tokenFor('resident', { compoundId: f.compoundA }, { residentId: id });
    expect(
      codeOf(
        await stack.query(
          EraseResident,
          { id },
          await tokenFor('resident', { compoundId: f.compoundA }, { residentId: '00000000-0000-4000-8000-000000000003' }),
        ),
      ),
    ).toBe('FORBIDDEN');
    const erased = ok(await stack.query(EraseResident, { id }, me)).eraseResident;
    expect(erased).toEqual({ id, name: null, phone: null, erased: true });
    const asAdmin = ok(await stack.query(ErasedAsAdmin, { id }, await tokenFor('admin'))).resident;
    expect(asAdmin).toEqual({ name: null, phone: null, birthDate: null, erased: true, household: { id: f.householdA } });
    const [row] = await stack.dataSources.party.query(
      `SELECT name, phone, birth_date, erased_by, household_id FROM resident WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ name: null, phone: null, birth_date: null, erased_by: 'test-resident', household_id: f.householdA });
    const upd = await stack.query(UpdateResident, { i: { id, name: '钱七' } }, await tokenFor('grid_worker', { compoundId: f.compoundA }));
    expect(codeOf(upd)).toBe('CONFLICT');
  });

  it('edits buildings, households and residents within scope, keeping them in their compound', async () => {
    const secA = await tokenFor('party_secretary', { compoundId: f.compoundA });
    const gridA = await tokenFor('grid_worker', { compoundId: f.compoundA });
    expect(ok(await stack.query(UpdateBuilding, { i: { id: f.buildingA, name: '1号楼' } }, secA)).updateBuilding.name).toBe('1号楼');
    expect(codeOf(await stack.query(UpdateBuilding, { i: { id: f.buildingB, name: 'x' } }, secA))).toBe('FORBIDDEN');
    expect(ok(await stack.query(UpdateCompound, { i: { id: f.compoundA, nameZh: '阿尔法' } }, secA)).updateCompound).toEqual({
      name: 'Alpha',
      nameZh: '阿尔法',
    });
    const admin = await tokenFor('admin');
    const tree = ok(await stack.query(Tree, { id: f.compoundA }, admin)).compound;
    const community = tree.community!;
    expect(ok(await stack.query(UpdateStreet, { id: community.street.id }, admin)).updateStreet).toEqual({
      name: 'Test Street',
      nameZh: '测试街道',
    });
    expect(codeOf(await stack.query(UpdateCommunity, { id: community.id, name: 'x' }, secA))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(UpdateCommunity, { id: community.id, name: '' }, admin))).toBe('BAD_USER_INPUT');
    const unitId = tree.buildings![0].units![0].id;
    expect(ok(await stack.query(UpdateUnit, { id: unitId, name: '二单元' }, gridA)).updateUnit.name).toBe('二单元');
    expect(
      codeOf(await stack.query(UpdateUnit, { id: unitId, name: 'x' }, await tokenFor('grid_worker', { compoundId: f.compoundB }))),
    ).toBe('FORBIDDEN');
    const h = ok(await stack.query(CreateHousehold, { i: { compoundId: f.compoundA, buildingId: f.buildingA, doorNumber: '301' } }, gridA))
      .createHousehold.id;
    expect(ok(await stack.query(UpdateHousehold, { id: h }, gridA)).updateHousehold).toEqual({
      label: '1-302',
      doorNumber: '302',
      isLocal: false,
    });
    const r = await createResident(stack, f.compoundA, f.householdA);
    const move = (householdId: string, token = gridA) =>
      stack.query(UpdateResident, { i: { id: r, householdId, phone: '13900001111' } }, token);
    expect(codeOf(await move(f.householdB))).toBe('BAD_USER_INPUT');
    expect(codeOf(await move(h, await tokenFor('grid_worker', { compoundId: f.compoundB })))).toBe('FORBIDDEN');
    expect(ok(await move(h)).updateResident).toEqual({ phone: '13900001111', household: { id: h } });
    const [row] = await stack.dataSources.party.query(`SELECT household_id, updated_by FROM resident WHERE id = $1`, [r]);
    expect(row).toEqual({ household_id: h, updated_by: 'test-grid_worker' });
  });

  it('answers other subgraphs’ write-time id checks only to the services that make them, and not through the gateway', async () => {
    const building = `query($id: ID!) { buildingInfo(id: $id) { compoundId number } }`;
    const household = `query($id: ID!) { householdInfo(id: $id) { compoundId buildingId } }`;
    // Property checks buildings, the committee households; each is refused the other's.
    expect(ok(await stack.callAs<BuildingInfo>('property', 'party', building, { id: f.buildingA })).buildingInfo).toEqual({
      compoundId: f.compoundA,
      number: 1,
    });
    expect(ok(await stack.callAs<HouseholdInfo>('committee', 'party', household, { id: f.householdB })).householdInfo).toEqual({
      compoundId: f.compoundB,
      buildingId: f.buildingB,
    });
    expect(codeOf(await stack.callAs('committee', 'party', building, { id: f.buildingA }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.callAs('property', 'party', household, { id: f.householdB }))).toBe('FORBIDDEN');
    const unknown = ok(await stack.callAs<BuildingInfo>('property', 'party', building, { id: '00000000-0000-4000-8000-000000000009' }));
    expect(unknown.buildingInfo).toBeNull();
    // residentInfo has no caller yet, so every service is refused it.
    const rid = await createResident(stack, f.compoundB, f.householdB, { birthDate: '1946-02-28' });
    const resident = `query($id: ID!) { residentInfo(id: $id) { compoundId birthDate } }`;
    for (const caller of ['committee', 'property', 'enterprise'] as const) {
      const refused = await stack.callAs<ResidentInfo>(caller, 'party', resident, { id: rid });
      expect({ caller, code: codeOf(refused), data: refused.data }).toEqual({ caller, code: 'FORBIDDEN', data: { residentInfo: null } });
    }
    // A person, even an admin, forwarded as the gateway does: refused; through the gateway: not in the graph.
    expect(codeOf(await stack.querySubgraph('party', building, { id: f.buildingA }, await tokenFor('admin')))).toBe('FORBIDDEN');
    // Not in the API schema, so no typed document can hold it: the gateway's refusal is what is asserted.
    expect(codeOf(await stack.queryText(building, { id: f.buildingA }, await tokenFor('admin')))).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
