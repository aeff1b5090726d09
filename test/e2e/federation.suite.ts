import { demoBuildingId, DEMO_COMPOUNDS, demoCommitteeId, demoCompound, DEMO_OUTLETS } from '../../shared/demo/manifest';
import { sharedDemoStack } from '../support/shared-stack';
import type { Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { ok } from '../support/post-graphql';
import { graphql } from '../typed';
import type { FederationCompoundNamesQuery } from '../typed/graphql';

const CompoundOfEveryStakeholder = graphql(`
  query FederationCompound($id: ID!) {
    compound(id: $id) {
      id
      name
      nameZh
      buildings {
        id
        number
      }
      ownersCommittee {
        id
        name
        compound {
          id
          name
        }
      }
      serviceContracts {
        company {
          name
        }
        startsOn
      }
      outlets {
        kind
        name
        enterprise {
          name
        }
      }
    }
  }
`);

const CompoundNames = graphql(`
  query FederationCompoundNames($after: String) {
    compounds(first: 5, after: $after) {
      totalCount
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CompoundNamesPage = graphql(`
  query FederationCompoundsPage($first: Int, $after: String) {
    compounds(first: $first, after: $after) {
      totalCount
    }
  }
`);

const CompoundById = graphql(`
  query FederationCompoundById($id: ID!) {
    compound(id: $id) {
      id
    }
  }
`);

describe('one graph over four subgraphs', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await sharedDemoStack();
    token = await tokenFor('analyst');
  });

  it('reads fields of all four subgraphs in one query through the gateway', async () => {
    const kuiguangta = demoCompound('kuiguangta');
    const result = await stack.query(CompoundOfEveryStakeholder, { id: kuiguangta.id }, token);
    expect(result.errors).toBeUndefined();
    const compound = ok(result).compound;
    expect(compound.name).toBe('Kuiguangta Compound');
    expect(compound.nameZh).toBe('奎光塔小区');
    expect(compound.buildings?.map((b) => b.number)).toEqual([1, 2, 3, 4]);
    expect(compound.buildings?.[2].id).toBe(demoBuildingId('kuiguangta', 3));
    expect(compound.ownersCommittee).toEqual({
      id: demoCommitteeId('kuiguangta'),
      name: "Kuiguangta Compound Owners' Committee",
      compound: { id: kuiguangta.id, name: 'Kuiguangta Compound' },
    });
    expect(compound.serviceContracts).toEqual([{ company: { name: 'Kuiguangta Property' }, startsOn: '2024-01-01' }]);
    expect(compound.outlets?.map((o) => o.kind).sort()).toEqual(['CANTEEN', 'VEG_SHOP']);
    expect(DEMO_OUTLETS.filter((o) => o.compoundKey === 'kuiguangta')).toHaveLength(2);
  });

  it('pages through compounds with cursors, by name', async () => {
    const names: (string | null)[] = [];
    let after: string | null | undefined = null;
    let total: number | undefined;
    for (;;) {
      const { compounds }: FederationCompoundNamesQuery = ok(await stack.query(CompoundNames, { after }, token));
      total = compounds.totalCount;
      names.push(...compounds.edges.map((e) => e.node.name));
      if (!compounds.pageInfo.hasNextPage) break;
      after = compounds.pageInfo.endCursor;
    }
    expect(total).toBe(DEMO_COMPOUNDS.length);
    expect(names).toEqual(DEMO_COMPOUNDS.map((c) => c.name).sort());
  });

  it('refuses bad input with stable codes', async () => {
    const page = (args: { first?: number; after?: string }) => stack.query(CompoundNamesPage, args, token);
    const answers = [
      await stack.query(CompoundById, { id: 'not-a-uuid' }, token),
      await stack.query(CompoundById, { id: '00000000-0000-4000-8000-000000000000' }, token),
      await page({ first: 0 }),
      await page({ first: 101 }),
      await page({ after: 'garbage' }),
    ];
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  });
});
