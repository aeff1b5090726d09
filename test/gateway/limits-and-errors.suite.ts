import { startGateway, RunningGateway } from '../../gateway/gateway';
import { loadTrust } from '../../shared/auth/trust';
import { demoCompound } from '../../shared/demo/manifest';
import type { GraphQLResult } from '../support/post-graphql';
import { startStack, Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';
import { CompoundAndCommittee } from './documents';

/** `nested(4)` below, within the limits: compound → buildings → compound → buildings → compound. */
const FourLevels = graphql(`
  query LimitsFourLevels($id: ID!) {
    compound(id: $id) {
      buildings {
        compound {
          buildings {
            compound {
              id
            }
          }
        }
      }
    }
  }
`);

const NameAndBuildings = graphql(`
  query LimitsNameAndBuildings($id: ID!) {
    compound(id: $id) {
      name
      buildings {
        id
      }
    }
  }
`);

const Committee = graphql(`
  query LimitsCommittee($id: ID!) {
    compound(id: $id) {
      ownersCommittee {
        name
      }
    }
  }
`);

/** A raw POST; the body as GraphQL answers it (no data at all when the request is refused). */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Omit<GraphQLResult, 'status'> };
}

describe('gateway limits, error hygiene and failure modes', () => {
  let stack: Stack;
  let token: string;
  const compoundId = demoCompound('liulang-dongyuan').id;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true, limits: { maxDepth: 6, maxAliases: 5, maxTokens: 400, maxCost: 2000, maxDirectives: 10 } });
    token = await tokenFor('analyst');
  });
  afterAll(() => stack.stop());

  /** Over the limits, built at run time: sent as text. */
  function nested(depth: number): string {
    // compound → buildings → compound → buildings … alternating, `depth` levels deep.
    let inner = 'id';
    for (let level = depth; level >= 1; level--) inner = level % 2 === 1 ? `buildings { ${inner} }` : `compound { ${inner} }`;
    return `query($id: ID!) { compound(id: $id) { ${inner} } }`;
  }

  it('runs a query within the limits', async () => {
    const result = await stack.query(FourLevels, { id: compoundId }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.compound.buildings).toHaveLength(6);
    expect(result.data!.compound.buildings?.[0].compound?.buildings?.[0].compound?.id).toBe(compoundId);
  });

  const overLimit: [string, () => string, RegExp][] = [
    ['depth', () => nested(7), /depth/i],
    ['aliases', () => `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: compounds(first: 1) { totalCount }`).join(' ')} }`, /alias/i],
    ['tokens', () => `{ compounds(first: 1) { ${Array.from({ length: 450 }, () => 'totalCount').join(' ')} } }`, /token/i],
    [
      'cost',
      () =>
        `{ compounds(first: 100) { edges { node { buildings { compound { buildings { compound { buildings { id number name } } } } } } } } }`,
      /cost/i,
    ],
  ];

  it.each(overLimit)('refuses a query over the %s limit before any subgraph is called', async (_label, make, message) => {
    const requests = stack.subgraphRequests();
    const sql = stack.sqlStatements();
    const result = await stack.queryText(make(), { id: compoundId }, token);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(message);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(result.errors![0].extensions!.code);
    expect(stack.subgraphRequests()).toBe(requests);
    expect(stack.sqlStatements()).toBe(sql);
  });

  it('does not suggest field names', async () => {
    // A field the schema does not have: invalid on purpose.
    const result = await stack.queryText('{ compoundz { totalCount } }', {}, token);
    expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses HTTP batches and simple-request CSRF', async () => {
    const batch = await post(stack.gatewayUrl, [{ query: '{ __typename }' }, { query: '{ __typename }' }], {
      authorization: `Bearer ${token}`,
    });
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/);
  });

  it('masks internal errors: no stack trace, SQL or path leaves the process', async () => {
    const party = stack.dataSources.party;
    await party.query('ALTER TABLE building RENAME TO building_moved');
    try {
      const result = await stack.query(NameAndBuildings, { id: compoundId }, token);
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error).toEqual({
        message: 'Internal server error',
        path: ['compound', 'buildings'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(result)).not.toMatch(/SELECT|building_moved|relation|\/work|node_modules|localhost/);
    } finally {
      await party.query('ALTER TABLE building_moved RENAME TO building');
    }
  });

  it('a subgraph that is down yields SERVICE_UNAVAILABLE for its fields and keeps the rest', async () => {
    await stack.stopSubgraph('committee');
    try {
      const result = await stack.query(CompoundAndCommittee, { id: compoundId }, token);
      expect(result.data).toEqual({ compound: { name: 'Liulang Dongyuan', ownersCommittee: null } });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'committee' });
      expect(result.errors![0].message).toBe('The committee service is unavailable');
      expect(JSON.stringify(result)).not.toMatch(/localhost|ECONNREFUSED|http:/);
    } finally {
      await stack.startSubgraph('committee');
    }
    const back = await stack.query(Committee, { id: compoundId }, token);
    expect(back.data!.compound.ownersCommittee?.name).toBe("Liulang Dongyuan Owners' Committee");
  });

  describe('in production', () => {
    let gateway: RunningGateway;
    const previous = process.env.NODE_ENV;
    beforeAll(async () => {
      // The keys are loaded before NODE_ENV changes: the subgraphs of this stack run on the
      // dev keys, and only the gateway's production behaviour is checked here (production's
      // refusal of dev keys: test/security/production-start.suite.ts).
      const trust = loadTrust('gateway');
      process.env.NODE_ENV = 'production';
      gateway = await startGateway(0, { urlOf: stack.directory.urlOf, trust });
    });
    afterAll(async () => {
      await gateway.stop();
      process.env.NODE_ENV = previous;
    });

    it('disables introspection', async () => {
      const result = await post(gateway.url, { query: '{ __schema { types { name } } }' });
      expect(result.body.errors![0].message).toMatch(/introspection/i);
      expect(result.body.data).toBeUndefined();
    });

    it('answers parse errors without stack traces', async () => {
      const result = await post(gateway.url, { query: '{ compounds(' });
      expect(result.body.errors).toHaveLength(1);
      expect(Object.keys(result.body.errors![0].extensions!)).toEqual(['code']);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(result.body.errors![0].extensions!.code);
      expect(result.body.errors![0].message).toMatch(/Syntax Error/);
    });
  });
});
