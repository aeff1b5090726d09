import { demoBuildingId, DEMO_COMPOUNDS, demoCommitteeId, demoCompound, DEMO_OUTLETS } from '../../shared/demo/manifest';
import { sharedDemoStack } from '../support/shared-stack';
import type { Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';

describe('one graph over four subgraphs', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await sharedDemoStack();
    token = await tokenFor('analyst');
  });

  it('reads fields of all four subgraphs in one query through the gateway', async () => {
    const kuiguangta = demoCompound('kuiguangta');
    const result = await stack.query(
      `query($id: ID!) { compound(id: $id) {
          id name nameZh
          buildings { id number }
          ownersCommittee { id name compound { id name } }
          serviceContracts { company { name } startsOn }
          outlets { kind name enterprise { name } }
      } }`,
      { id: kuiguangta.id },
      token,
    );
    expect(result.errors).toBeUndefined();
    const compound = result.data!.compound;
    expect(compound.name).toBe('Kuiguangta Compound');
    expect(compound.nameZh).toBe('奎光塔小区');
    expect(compound.buildings.map((b: { number: number }) => b.number)).toEqual([1, 2, 3, 4]);
    expect(compound.buildings[2].id).toBe(demoBuildingId('kuiguangta', 3));
    expect(compound.ownersCommittee).toEqual({
      id: demoCommitteeId('kuiguangta'),
      name: "Kuiguangta Compound Owners' Committee",
      compound: { id: kuiguangta.id, name: 'Kuiguangta Compound' },
    });
    expect(compound.serviceContracts).toEqual([{ company: { name: 'Kuiguangta Property' }, startsOn: '2024-01-01' }]);
    expect(compound.outlets.map((o: { kind: string }) => o.kind).sort()).toEqual(['CANTEEN', 'VEG_SHOP']);
    expect(DEMO_OUTLETS.filter((o) => o.compoundKey === 'kuiguangta')).toHaveLength(2);
  });

  it('pages through compounds with cursors, by name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    for (;;) {
      const page: any = await stack.query(
        `query($after: String) { compounds(first: 5, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
      expect(page.errors).toBeUndefined();
      total = page.data.compounds.totalCount;
      names.push(...page.data.compounds.edges.map((e: any) => e.node.name));
      if (!page.data.compounds.pageInfo.hasNextPage) break;
      after = page.data.compounds.pageInfo.endCursor;
    }
    expect(total).toBe(DEMO_COMPOUNDS.length);
    expect(names).toEqual(DEMO_COMPOUNDS.map((c) => c.name).sort());
  });

  it('refuses bad input with stable codes', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($id: ID!) { compound(id: $id) { id } }', { id: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      ['query($id: ID!) { compound(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['{ compounds(first: 0) { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['{ compounds(first: 101) { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['{ compounds(after: "garbage") { totalCount } }', {}, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const result = await stack.query(query, variables, token);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
