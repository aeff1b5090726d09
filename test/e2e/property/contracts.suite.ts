import { demoId } from '../../../shared/demo/ids';
import { demoBuildingId, demoCompanyId, demoCompound } from '../../../shared/demo/manifest';
import { demoContractId } from '../../../subgraphs/property/demo/seed-demo';
import { InternalPartyDirectory, usePartyDirectory } from '../../../subgraphs/property/neighbours/party.lookups';
import { ok } from '../../support/post-graphql';
import { codeOf, startStack, Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import type { CreateServiceContractInput } from '../../typed/graphql';
import { AddStaffMember } from './documents';

const CreateContract = graphql(`
  mutation PropertyContractsCreate($input: CreateServiceContractInput!) {
    createServiceContract(input: $input) {
      id
      startsOn
      endsOn
      company {
        id
      }
      compound {
        id
      }
      buildings {
        id
      }
      areaKeys
    }
  }
`);
const CreateCompany = graphql(`
  mutation PropertyContractsCreateCompany($input: CreatePropertyCompanyInput!) {
    createPropertyCompany(input: $input) {
      id
      name
    }
  }
`);
const Responsibilities = graphql(`
  query PropertyContractsResponsibilities($id: ID!, $b3: ID) {
    compound(id: $id) {
      buildings {
        number
        responsibleCompany {
          id
        }
      }
      east: responsibleCompany(areaKey: "east-gate") {
        name
      }
      garage: responsibleCompany(areaKey: "underground-garage") {
        name
      }
      b3: responsibleCompany(buildingId: $b3) {
        name
      }
      uncoveredZones {
        day
        buildings {
          id
        }
        areas {
          key
        }
      }
      serviceContracts {
        id
        company {
          name
        }
        buildings {
          id
        }
        areaKeys
      }
    }
  }
`);
const StationCompany = graphql(`
  query PropertyContractsStationCompany($id: ID!) {
    serviceStation(id: $id) {
      id
      propertyCompany {
        name
      }
    }
  }
`);
const CompanyStaff = graphql(`
  query PropertyContractsStaff($id: ID!) {
    propertyCompany(id: $id) {
      staff {
        name
      }
    }
  }
`);
const ResponsibleAt = graphql(`
  query PropertyContractsResponsibleAt($id: ID!, $b: ID!, $at: DateTimeISO) {
    compound(id: $id) {
      responsibleCompany(buildingId: $b, at: $at) {
        id
      }
    }
  }
`);
const EndContract = graphql(`
  mutation PropertyContractsEnd($id: ID!, $endsOn: String!) {
    endServiceContract(id: $id, endsOn: $endsOn) {
      id
      endsOn
    }
  }
`);
const DefineArea = graphql(`
  mutation PropertyContractsDefineArea($input: DefineCommonAreaInput!) {
    defineCommonArea(input: $input) {
      compoundId
      key
      name
      nameZh
    }
  }
`);
const UncoveredZones = graphql(`
  query PropertyContractsGaps($id: ID!) {
    compound(id: $id) {
      uncoveredZones {
        buildings {
          id
        }
        areas {
          key
          name
        }
      }
    }
  }
`);
const UncoveredZonesAt = graphql(`
  query PropertyContractsUncoveredAt($id: ID!, $at: DateTimeISO) {
    compound(id: $id) {
      uncoveredZones(at: $at) {
        buildings {
          id
        }
        areas {
          key
        }
      }
    }
  }
`);

describe('property: companies, staff and zoned service contracts', () => {
  let stack: Stack;
  let admin: string;
  let analyst: string;
  const liulang = demoCompound('liulang-dongyuan');
  const dongli = demoCompound('xiangtan-dongli');
  const xli = demoCompound('xiangtan-li');
  // Party's demo service station of Liulang Dongyuan: property asks party whose compound it is.
  const stationId = demoId('station', 'liulang-dongyuan');

  const countRows = async (table: string) =>
    Number((await stack.dataSources.property.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  async function newCompany(name: string): Promise<{ id: string; token: string }> {
    const r = await stack.query(CreateCompany, { input: { name } }, admin);
    expect(r.errors).toBeUndefined();
    const id = ok(r).createPropertyCompany.id;
    return { id, token: await tokenFor('property_staff', { companyId: id }, { sub: `staff-of-${name}` }) };
  }

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    admin = await tokenFor('admin');
    analyst = await tokenFor('analyst');
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('answers who is responsible for each building and area of Liulang Dongyuan, with no gaps', async () => {
    const r = await stack.query(Responsibilities, { id: liulang.id, b3: demoBuildingId('liulang-dongyuan', 3) }, analyst);
    expect(r.errors).toBeUndefined();
    const c = ok(r).compound;
    const byNumber = Object.fromEntries(c.buildings?.map((b) => [b.number, b.responsibleCompany?.id]) ?? []);
    expect(byNumber).toEqual({
      1: demoCompanyId('qingbo-property'),
      2: demoCompanyId('qingbo-property'),
      3: demoCompanyId('hubin-property'),
      4: demoCompanyId('hubin-property'),
      5: demoCompanyId('xizi-property'),
      6: demoCompanyId('xizi-property'),
    });
    expect(c.east?.name).toBe('Qingbo Property Services');
    expect(c.garage?.name).toBe('Xizi Estate Services');
    expect(c.b3?.name).toBe('Hubin Property Management');
    expect(c.uncoveredZones).toEqual({ day: '2026-11-22', buildings: [], areas: [] });
    expect(c.serviceContracts).toHaveLength(3);
    expect(c.serviceContracts?.find((s) => s.id === demoContractId('xizi-property', 'liulang-dongyuan'))?.areaKeys).toEqual([
      'underground-garage',
    ]);
  });

  it("answers the service station's company through the station's compound", async () => {
    // Through the gateway: party serves the station, property adds whose contract covers it.
    const r = await stack.query(StationCompany, { id: stationId }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.serviceStation).toEqual({ id: stationId, propertyCompany: { name: 'Qingbo Property Services' } });
    // A station party does not know has no company (property asks party, which says null).
    const unknown = await stack.querySubgraph<{ _entities: unknown[] }>(
      'property',
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceStation { id propertyCompany { name } } } }`,
      { reps: [{ __typename: 'ServiceStation', id: '5a1e0000-0000-4000-8000-000000000099' }] },
      analyst,
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!._entities).toEqual([{ id: '5a1e0000-0000-4000-8000-000000000099', propertyCompany: null }]);
  });

  it('lets a company add staff, and only its own staff or admin', async () => {
    const co = await newCompany('Staffing Co');
    const other = await newCompany('Other Co');
    const added = await stack.query(AddStaffMember, { input: { companyId: co.id, name: 'Wang Shifu', title: 'plumber' } }, co.token);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addStaffMember).toMatchObject({ name: 'Wang Shifu', title: 'plumber', companyId: co.id });
    const refused = await stack.query(AddStaffMember, { input: { companyId: co.id, name: 'Intruder' } }, other.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const resident = await stack.query(
      AddStaffMember,
      { input: { companyId: co.id, name: 'X' } },
      await tokenFor('resident', { compoundId: liulang.id }),
    );
    expect(codeOf(resident)).toBe('FORBIDDEN');
    const read = await stack.query(CompanyStaff, { id: co.id }, analyst);
    expect(read.data!.propertyCompany.staff).toEqual([{ name: 'Wang Shifu' }]);
    const rows = await stack.dataSources.property.query('SELECT created_by FROM staff_member WHERE company_id = $1', [co.id]);
    expect(rows).toEqual([{ created_by: 'staff-of-Staffing Co' }]);
  });

  it('signs a contract and refuses bad ones with clear codes, writing nothing', async () => {
    const co = await newCompany('Dongli Services');
    const b1 = demoBuildingId('xiangtan-dongli', 1);
    const good: CreateServiceContractInput = {
      companyId: co.id,
      compoundId: dongli.id,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      buildingIds: [b1],
      areaKeys: ['east-gate'],
    };
    const signed = await stack.query(CreateContract, { input: good }, co.token);
    expect(signed.errors).toBeUndefined();
    const contract = signed.data!.createServiceContract;
    expect(contract).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      company: { id: co.id },
      compound: { id: dongli.id },
      buildings: [{ id: b1 }],
      areaKeys: ['east-gate'],
    });
    const zones = await stack.dataSources.property.query(
      'SELECT zone_key, period::text FROM contract_zone WHERE contract_id = $1 ORDER BY zone_key',
      [contract.id],
    );
    expect(zones).toEqual([
      { zone_key: 'area:east-gate', period: '[2026-01-01,2027-01-01)' },
      { zone_key: `building:${b1}`, period: '[2026-01-01,2027-01-01)' },
    ]);

    const before = [await countRows('service_contract'), await countRows('contract_zone')];
    const rival = await newCompany('Rival Services');
    const cases: [CreateServiceContractInput, string, string][] = [
      [{ ...good, companyId: rival.id, startsOn: '2026-12-31', endsOn: null }, rival.token, 'CONFLICT'],
      [{ ...good, companyId: rival.id, buildingIds: [], startsOn: '2025-06-01', endsOn: '2026-01-01' }, rival.token, 'CONFLICT'],
      [{ ...good, startsOn: '2027-02-01', endsOn: '2027-01-31' }, co.token, 'BAD_USER_INPUT'],
      [{ ...good, startsOn: '2027-02-30' }, co.token, 'BAD_USER_INPUT'],
      [
        { ...good, startsOn: '2027-01-01', endsOn: null, buildingIds: [demoBuildingId('xiangtan-li', 1)], areaKeys: [] },
        co.token,
        'BAD_USER_INPUT',
      ],
      [
        { ...good, startsOn: '2027-01-01', endsOn: null, buildingIds: ['00000000-0000-4000-8000-000000000000'], areaKeys: [] },
        co.token,
        'BAD_USER_INPUT',
      ],
      [{ ...good, startsOn: '2027-01-01', endsOn: null, buildingIds: [], areaKeys: ['moon-base'] }, co.token, 'BAD_USER_INPUT'],
      [{ ...good, startsOn: '2027-01-01', endsOn: null, buildingIds: [], areaKeys: [] }, co.token, 'BAD_USER_INPUT'],
      [{ ...good, startsOn: '2027-01-01', endsOn: null, buildingIds: [b1, b1], areaKeys: [] }, co.token, 'BAD_USER_INPUT'],
      [{ ...good, startsOn: '2027-01-01', endsOn: null, companyId: rival.id }, co.token, 'FORBIDDEN'],
      [{ ...good, startsOn: '2027-01-01', endsOn: null }, analyst, 'FORBIDDEN'],
    ];
    for (const [input, token, code] of cases) {
      const r = await stack.query(CreateContract, { input }, token);
      expect([JSON.stringify(input), codeOf(r)]).toEqual([JSON.stringify(input), code]);
      if (code === 'CONFLICT') {
        expect(r.errors![0].extensions!.conflictingContractId).toBe(contract.id);
        expect(r.errors![0].message).toContain(contract.id);
      }
    }
    expect([await countRows('service_contract'), await countRows('contract_zone')]).toEqual(before);

    // The day after the first contract ends, the rival may take over ([startsOn, endsOn] is inclusive).
    const next = await stack.query(
      CreateContract,
      { input: { ...good, companyId: rival.id, startsOn: '2027-01-01', endsOn: null } },
      rival.token,
    );
    expect(next.errors).toBeUndefined();
    const who = async (at: string) =>
      (await stack.query(ResponsibleAt, { id: dongli.id, b: b1, at }, analyst)).data!.compound.responsibleCompany?.id;
    // Days are Shanghai days: 2026-12-31T15:59Z is still 31 December there, 16:00Z is 1 January.
    expect(await who('2026-12-31T15:59:59Z')).toBe(co.id);
    expect(await who('2026-12-31T16:00:00Z')).toBe(rival.id);
    expect(await who('2025-12-31T15:59:59Z')).toBeUndefined();
  });

  it('lets exactly one of 20 racing contracts take a zone; the others name the winner', async () => {
    const companies = await Promise.all(Array.from({ length: 20 }, (_, i) => newCompany(`Racer ${i}`)));
    const b2 = demoBuildingId('xiangtan-dongli', 2);
    const results = await Promise.all(
      companies.map((co) =>
        stack.query(
          CreateContract,
          {
            input: { companyId: co.id, compoundId: dongli.id, startsOn: '2026-03-01', buildingIds: [b2], areaKeys: ['underground-garage'] },
          },
          co.token,
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const winnerId = winners[0].data!.createServiceContract.id;
    for (const r of results.filter((x) => x.errors)) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].extensions!.conflictingContractId).toBe(winnerId);
    }
    const zones: { contract_id: string }[] = await stack.dataSources.property.query(
      `SELECT contract_id FROM contract_zone WHERE zone_key IN ($1, 'area:underground-garage') AND compound_id = $2`,
      [`building:${b2}`, dongli.id],
    );
    expect(zones.map((z) => z.contract_id)).toEqual([winnerId, winnerId]);
    const contracts = await stack.dataSources.property.query(
      'SELECT count(*)::int AS n FROM service_contract WHERE company_id = ANY($1::uuid[])',
      [companies.map((c) => c.id)],
    );
    expect(contracts[0].n).toBe(1);
  });

  it('ends a contract early so another company can take over, never extending it', async () => {
    const a = await newCompany('Leaving Co');
    const b = await newCompany('Arriving Co');
    const b3 = demoBuildingId('xiangtan-dongli', 3);
    const first = await stack.query(
      CreateContract,
      { input: { companyId: a.id, compoundId: dongli.id, startsOn: '2026-01-01', buildingIds: [b3], areaKeys: [] } },
      a.token,
    );
    expect(first.errors).toBeUndefined();
    const id = first.data!.createServiceContract.id;
    const takeOver = { input: { companyId: b.id, compoundId: dongli.id, startsOn: '2027-01-01', buildingIds: [b3], areaKeys: [] } };
    expect(codeOf(await stack.query(CreateContract, takeOver, b.token))).toBe('CONFLICT');
    expect(codeOf(await stack.query(EndContract, { id, endsOn: '2026-12-31' }, b.token))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(EndContract, { id, endsOn: '2025-12-31' }, a.token))).toBe('BAD_USER_INPUT');
    expect((await stack.query(EndContract, { id, endsOn: '2026-12-31' }, a.token)).data!.endServiceContract).toEqual({
      id,
      endsOn: '2026-12-31',
    });
    expect(codeOf(await stack.query(EndContract, { id, endsOn: '2027-06-30' }, a.token))).toBe('CONFLICT');
    const taken = await stack.query(CreateContract, takeOver, b.token);
    expect(taken.errors).toBeUndefined();
    const periods = await stack.dataSources.property.query(
      `SELECT contract_id, period::text FROM contract_zone WHERE zone_key = $1 ORDER BY lower(period)`,
      [`building:${b3}`],
    );
    expect(periods).toEqual([
      { contract_id: id, period: '[2026-01-01,2027-01-01)' },
      { contract_id: taken.data!.createServiceContract.id, period: '[2027-01-01,)' },
    ]);
  });

  it('lets admins and staff serving the compound name its common areas', async () => {
    const qingbo = await tokenFor('property_staff', { companyId: demoCompanyId('qingbo-property') }, { sub: 'staff:qingbo' });
    const outsider = await newCompany('Outsider Co');
    const input = { compoundId: liulang.id, key: 'north-gate', name: 'North gate', nameZh: '北门' };
    expect(codeOf(await stack.query(DefineArea, { input }, outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(DefineArea, { input: { ...input, key: 'North Gate' } }, qingbo))).toBe('BAD_USER_INPUT');
    expect((await stack.query(DefineArea, { input }, qingbo)).data!.defineCommonArea).toEqual(input);
    // Renaming keeps one row; the new area is uncovered until a contract takes it.
    expect((await stack.query(DefineArea, { input: { ...input, name: 'North gate (new)' } }, admin)).data!.defineCommonArea.name).toBe(
      'North gate (new)',
    );
    expect(await countRows(`common_area WHERE compound_id = '${liulang.id}' AND area_key = 'north-gate'`)).toBe(1);
    const gaps = await stack.query(UncoveredZones, { id: liulang.id }, analyst);
    expect(gaps.data!.compound.uncoveredZones).toEqual({ buildings: [], areas: [{ key: 'north-gate', name: 'North gate (new)' }] });
  });

  it("lists a compound's uncovered buildings and areas", async () => {
    const co = await newCompany('Li Services');
    const r0 = await stack.query(
      CreateContract,
      {
        input: {
          companyId: co.id,
          compoundId: xli.id,
          startsOn: '2026-01-01',
          buildingIds: [1, 2, 3].map((n) => demoBuildingId('xiangtan-li', n)),
          areaKeys: ['east-gate'],
        },
      },
      co.token,
    );
    expect(r0.errors).toBeUndefined();
    const now = await stack.query(UncoveredZonesAt, { id: xli.id }, analyst);
    expect(now.errors).toBeUndefined();
    expect(now.data!.compound.uncoveredZones).toEqual({
      buildings: [4, 5].map((n) => ({ id: demoBuildingId('xiangtan-li', n) })),
      areas: [{ key: 'service-station' }, { key: 'underground-garage' }],
    });
    const before = await stack.query(UncoveredZonesAt, { id: xli.id, at: '2025-06-01T00:00:00Z' }, analyst);
    expect(before.data!.compound.uncoveredZones?.buildings).toHaveLength(5);
  });

  it('refuses the write with SERVICE_UNAVAILABLE when party cannot be reached, writing nothing', async () => {
    const co = await newCompany('Offline Co');
    const undo = usePartyDirectory(new InternalPartyDirectory());
    await stack.stopSubgraph('party');
    try {
      const before = await countRows('service_contract');
      const r = await stack.query(
        CreateContract,
        {
          input: {
            companyId: co.id,
            compoundId: xli.id,
            startsOn: '2026-01-01',
            buildingIds: [demoBuildingId('xiangtan-li', 5)],
            areaKeys: ['service-station'],
          },
        },
        co.token,
      );
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
      expect(await countRows('service_contract')).toBe(before);
      expect(await countRows(`contract_zone WHERE area_key = 'service-station' AND compound_id = '${xli.id}'`)).toBe(0);
    } finally {
      await stack.startSubgraph('party');
      undo();
    }
  });
});
