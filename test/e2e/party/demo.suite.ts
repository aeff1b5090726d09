import { demoCompound, demoHouseholdId, demoHouseholdLayout, demoResidentId } from '../../../shared/demo/manifest';
import { createSubgraphDataSource } from '../../../shared/db/data-source';
import { ManualClock } from '../../../shared/clock';
import { partySubgraph } from '../../../subgraphs/party/subgraph';
import { cloneTemplate, dropDatabase } from '../../support/databases';
import { sharedDemoStack } from '../../support/shared-stack';
import type { Stack } from '../../support/stack';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';
import { ok } from './party-helpers';

const QinglanJiayuan = graphql(`
  query PartyDemoQinglanJiayuan($id: ID!) {
    compound(id: $id) {
      buildings {
        number
        units {
          number
        }
      }
      households(first: 1) {
        totalCount
      }
      partyOrganisation {
        kind
        name
        officers {
          position
        }
        members(first: 100) {
          totalCount
          edges {
            node {
              membership
              reportedIn
            }
          }
        }
      }
      serviceStation {
        name
        services {
          name
          mode
        }
      }
    }
  }
`);

const ResidentCompound = graphql(`
  query PartyDemoResidentCompound($id: ID!) {
    resident(id: $id) {
      name
      household {
        compound {
          name
        }
      }
    }
  }
`);

const StatsByCompound = graphql(`
  query PartyDemoStatsByCompound {
    partyStatsByCompound(from: "2026-09-01", to: "2026-11-30", first: 100) {
      edges {
        node {
          compound {
            name
          }
          reports
          respondedWithinPromise
          shareRespondedWithinPromise
          byPath {
            key
            count
          }
        }
      }
    }
  }
`);

const IssueReportsPage = graphql(`
  query PartyDemoIssueReportsPage($c: ID!) {
    issueReports(compoundId: $c, first: 2) {
      edges {
        node {
          source
          status
          entries {
            kind
          }
        }
      }
    }
  }
`);

const ResidentsPage = graphql(`
  query PartyDemoResidentsPage($id: ID!, $n: Int) {
    compound(id: $id) {
      residents(first: $n) {
        edges {
          node {
            name
            household {
              label
              building {
                number
              }
              unit {
                number
              }
            }
          }
        }
      }
    }
  }
`);

describe('party: demo data', () => {
  let stack: Stack;
  const count = async (sql: string, params: unknown[] = []) => (await stack.dataSources.party.query(sql, params))[0].n as number;

  beforeAll(async () => {
    stack = await sharedDemoStack();
  });

  it('has Qinglan Jiayuan: 9 buildings, 858 households of which 96 local, a branch with 15 local Party members', async () => {
    const q = demoCompound('qinglan-jiayuan');
    const data = ok(await stack.query(QinglanJiayuan, { id: q.id }, await tokenFor('party_secretary', { compoundId: q.id }))).compound;
    expect(data.buildings).toHaveLength(9);
    expect(data.buildings?.[0].units).toEqual([{ number: 1 }, { number: 2 }]);
    expect(data.households?.totalCount).toBe(858);
    expect(await count(`SELECT count(*)::int AS n FROM household WHERE compound_id = $1 AND is_local`, [q.id])).toBe(96);
    expect(data.partyOrganisation?.kind).toBe('BRANCH');
    const members = data.partyOrganisation!.members.edges.map((e) => e.node);
    expect(members.filter((m) => m.membership === 'LOCAL')).toHaveLength(15);
    expect(members.filter((m) => m.membership === 'ELSEWHERE').length).toBeGreaterThan(0);
    expect(members.every((m) => m.reportedIn)).toBe(true);
    expect(data.partyOrganisation!.officers.map((o) => o.position).sort()).toEqual([
      'GROUP_LEADER',
      'GROUP_LEADER',
      'INSTRUCTOR',
      'SECRETARY',
    ]);
    expect(data.serviceStation?.services?.map((s) => s.name)).toContain('老年认证');
    // Non-local residents are registered like everyone else.
    expect(await count(`SELECT count(*)::int AS n FROM resident WHERE compound_id = $1 AND NOT is_local`, [q.id])).toBeGreaterThan(1500);
  });

  it('has Jinchenyuan: 6 compounds, 2155 households, 5430 residents, about 30% aged 60 or over', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => demoCompound(`jinchenyuan-${i + 1}`).id);
    expect(await count(`SELECT count(*)::int AS n FROM household WHERE compound_id = ANY($1)`, [ids])).toBe(2155);
    expect(await count(`SELECT count(*)::int AS n FROM resident WHERE compound_id = ANY($1)`, [ids])).toBe(5430);
    const elderly = await count(
      `SELECT count(*)::int AS n FROM resident WHERE compound_id = ANY($1) AND birth_date <= (DATE '2026-11-22' - interval '60 years')`,
      [ids],
    );
    expect(elderly / 5430).toBeGreaterThan(0.28);
    expect(elderly / 5430).toBeLessThan(0.32);
    // Every household of the manifest sits where the shared layout says.
    const c = demoCompound('jinchenyuan-3');
    const [row] = await stack.dataSources.party.query(
      `SELECT h.label, b.number FROM household h JOIN building b ON b.id = h.building_id WHERE h.id = $1`,
      [demoHouseholdId(c.key, 77)],
    );
    expect(row).toEqual({ label: demoHouseholdLayout(c, 77).label, number: demoHouseholdLayout(c, 77).building });
    const resident = ok(
      await stack.query(ResidentCompound, { id: demoResidentId('jinchenyuan-1', 1) }, await tokenFor('analyst')),
    ).resident;
    expect(resident).toEqual({ name: null, household: { compound: { name: 'Jinchenyuan No. 1' } } });
  });

  it('has Xiangtan Road’s three compounds with part-time grid workers and 200-odd reports to analyse', async () => {
    for (const key of ['xiangtan-dongli', 'xiangtan-li', 'yintai-apartments']) {
      expect(await count(`SELECT count(*)::int AS n FROM part_time_grid_worker WHERE compound_id = $1`, [demoCompound(key).id])).toBe(4);
    }
    expect(await count(`SELECT count(*)::int AS n FROM issue_report WHERE source = 'PART_TIME_GRID_WORKER'`)).toBeGreaterThan(160);
    expect(await count(`SELECT count(*)::int AS n FROM issue_report`)).toBe(210);
    const all = ok(await stack.query(StatsByCompound, {}, await tokenFor('analyst')));
    const xiangtan = all.partyStatsByCompound.edges.map((e) => e.node).filter((n) => n.reports > 0);
    expect(xiangtan.map((n) => n.compound.name).sort()).toEqual(['Xiangtan Dongli', 'Xiangtan Li', 'Yintai Apartments']);
    for (const n of xiangtan) {
      expect(n.shareRespondedWithinPromise).toBeGreaterThan(0);
      expect(n.shareRespondedWithinPromise).toBeLessThan(1);
      expect(n.byPath.map((p) => p.key)).toEqual(['COMMUNITY', 'PROPERTY', 'WHISTLE']);
    }
    const page = ok(await stack.query(IssueReportsPage, { c: demoCompound('xiangtan-li').id }, await tokenFor('analyst')));
    expect(page.issueReports.edges[0].node.entries[0].kind).toBe('REPORTED');
  });

  it('loads a page of residents with their households and buildings in a fixed number of statements', async () => {
    const token = await tokenFor('grid_worker', { compoundId: demoCompound('jinchenyuan-1').id });
    const statements = async (n: number) => {
      const before = stack.counters.party.count;
      const data = ok(await stack.query(ResidentsPage, { id: demoCompound('jinchenyuan-1').id, n }, token));
      expect(data.compound.residents?.edges).toHaveLength(n);
      return stack.counters.party.count - before;
    };
    expect(await statements(100)).toBe(await statements(5));
  });

  it('seeds a fresh database quickly', async () => {
    const url = await cloneTemplate('party');
    const { dataSource } = createSubgraphDataSource({
      url,
      entities: partySubgraph.entities,
      migrations: partySubgraph.migrations,
      poolSize: 2,
    });
    await dataSource.initialize();
    try {
      const started = Date.now();
      await partySubgraph.seedDemo(dataSource, new ManualClock('2026-11-22T02:00:00Z'));
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(20_000);
      expect((await dataSource.query(`SELECT count(*)::int AS n FROM resident`))[0].n).toBe(5430 + 2010);
    } finally {
      await dataSource.destroy();
      await dropDatabase(url);
    }
  });

  it('seeds idempotently: a second run adds nothing', async () => {
    const tables = [
      'street',
      'community',
      'compound',
      'building',
      'unit',
      'household',
      'resident',
      'party_organisation',
      'party_member',
      'service_station',
      'station_service',
      'part_time_grid_worker',
      'issue_report',
      'issue_report_entry',
    ];
    const before = await Promise.all(tables.map((t) => count(`SELECT count(*)::int AS n FROM ${t}`)));
    const started = Date.now();
    await partySubgraph.seedDemo(stack.dataSources.party, stack.clock);
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await Promise.all(tables.map((t) => count(`SELECT count(*)::int AS n FROM ${t}`)));
    expect(after).toEqual(before);
    expect(before[tables.indexOf('station_service')]).toBeGreaterThanOrEqual(21 + 3 + 2);
  });
});
