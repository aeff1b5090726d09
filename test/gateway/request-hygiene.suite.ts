import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isObjectType,
  parse,
  type ConstDirectiveNode,
} from 'graphql';
import { startGateway, RunningGateway } from '../../gateway/gateway';
import { loadTrust } from '../../shared/auth/trust';
import { demoCompound } from '../../shared/demo/manifest';
import { repoRoot } from '../../shared/repo-root';
import { GATEWAY_LIMITS, SUBGRAPH_LIMITS } from '../../shared/server/query-limits';
import { startSubgraphService, SubgraphService } from '../../shared/server/subgraph-service';
import { SUBGRAPHS } from '../../subgraphs';
import { sharedDemoStack } from '../support/shared-stack';
import type { Stack } from '../support/stack';
import { gatewayHeaders, tokenFor } from '../support/tokens';

/** compound → serviceStation → compound → … (one to one) with its leaf `depth` levels down, all in the party subgraph. */
function nestedQuery(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level >= 2; level--) inner = level % 2 === 0 ? `serviceStation { ${inner} }` : `compound { ${inner} }`;
  return `query($id: ID!) { compound(id: $id) { ${inner} } }`;
}

interface Answer<T = unknown> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A raw POST: the body exactly as given, every byte sent before the answer is read; `T` what its data must be. */
function post<T = unknown>(url: string, body: string, headers: Record<string, string>): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Answer<T>['body'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request hygiene at the gateway and straight at a subgraph', () => {
  let stack: Stack;
  const compoundId = demoCompound('kuiguangta').id;
  const targets: Record<'gateway' | 'subgraph', { url: () => string; headers: () => Record<string, string> }> = {
    gateway: { url: () => stack.gatewayUrl, headers: () => ({ authorization: `Bearer ${token}` }) },
    subgraph: {
      url: () => stack.directory.urlOf('party'),
      headers: () => ({ authorization: `Bearer ${token}`, ...asGateway }),
    },
  };
  let token: string;
  /** The gateway's token for party, as any gateway in front of it sends. */
  let asGateway: Record<string, string>;

  beforeAll(async () => {
    stack = await sharedDemoStack();
    token = await tokenFor('analyst');
    asGateway = await gatewayHeaders('party');
  });

  const refusals: [string, string, number, string, RegExp][] = [
    [
      'an operation name the document does not define',
      JSON.stringify({ query: 'query Mine { __typename }', operationName: 'Theirs' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /^Unknown operation named "Theirs"$/,
    ],
    [
      'several named operations and no operation name',
      JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /several operations/,
    ],
    [
      'several anonymous operations',
      JSON.stringify({ query: '{ __typename } { __typename }' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /anonymous/,
    ],
    ['malformed JSON', '{"query": "{ __typename }"', 400, 'BAD_REQUEST', /not valid JSON/],
    ['an HTTP batch', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400, 'BAD_REQUEST', /batching/],
    ['a body over 1 MB', JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }), 413, 'PAYLOAD_TOO_LARGE', /too large/],
  ];

  describe.each(['gateway', 'subgraph'] as const)('the %s', (target) => {
    it.each(refusals)('refuses %s with an HTTP status and a code', async (_what, body, status, code, message) => {
      const before = stack.sqlStatements();
      const answer = await post(targets[target].url(), body, targets[target].headers());
      expect(answer.status).toBe(status);
      expect(answer.body.errors).toHaveLength(code === 'GRAPHQL_VALIDATION_FAILED' ? 2 : 1);
      expect(answer.body.errors![0].extensions).toEqual({ code });
      expect(answer.body.errors![0].message).toMatch(message);
      expect(stack.sqlStatements()).toBe(before);
    });

    it('still answers on the connection after a refused body', async () => {
      const answer = await post(targets[target].url(), JSON.stringify({ query: '{ __typename }' }), targets[target].headers());
      expect(answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    });
  });

  describe("a subgraph's own query limits", () => {
    const atParty = <T = unknown>(query: string, variables: Record<string, unknown> = {}) =>
      post<T>(targets.subgraph.url(), JSON.stringify({ query, variables }), targets.subgraph.headers());
    const nested = (depth: number) => nestedQuery(depth);
    const overLimit: [string, string, RegExp, string][] = [
      [
        '300 aliases',
        `query($id: ID!) { ${Array.from({ length: 300 }, (_, i) => `c${i}: compound(id: $id) { id }`).join(' ')} }`,
        new RegExp(`Aliases limit of ${SUBGRAPH_LIMITS.maxAliases} exceeded, found 300`),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        `depth ${SUBGRAPH_LIMITS.maxDepth + 1}`,
        nested(SUBGRAPH_LIMITS.maxDepth + 1),
        new RegExp(`depth limit of ${SUBGRAPH_LIMITS.maxDepth} exceeded`),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        `over ${SUBGRAPH_LIMITS.maxTokens} tokens`,
        `query($id: ID!) { compound(id: $id) { ${'id '.repeat(SUBGRAPH_LIMITS.maxTokens)} } }`,
        new RegExp(`more that ${SUBGRAPH_LIMITS.maxTokens} tokens`),
        'GRAPHQL_PARSE_FAILED',
      ],
      [
        'the cost limit',
        `{ compounds(first: 100) { edges { node { residents(first: 100) { edges { node { id name } } } } } } }`,
        new RegExp(`Cost limit of ${SUBGRAPH_LIMITS.maxCost} exceeded`),
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ];

    it.each(overLimit)('refuses %s before running anything', async (_what, query, message, code) => {
      const before = stack.sqlStatements();
      const answer = await atParty(query, { id: compoundId });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors![0].message).toMatch(message);
      expect(answer.body.errors![0].extensions).toEqual({ code });
      expect(stack.sqlStatements()).toBe(before);
    });

    it('runs an operation at its depth limit', async () => {
      type Nested = { compound: { serviceStation: { compound: { serviceStation: unknown } } } };
      const answer = await atParty<Nested>(nested(SUBGRAPH_LIMITS.maxDepth), { id: compoundId });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.compound.serviceStation.compound.serviceStation).not.toBeNull();
    });
  });

  describe('the largest operations the gateway admits still pass every subgraph', () => {
    const api = buildASTSchema(parse(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8')));
    const inaccessible = (directives: readonly ConstDirectiveNode[] | undefined) =>
      (directives ?? []).some((d) => d.name.value === 'inaccessible');

    /** Every public field without arguments, `depth` levels down, each type once per path: wide, across all four subgraphs. */
    function everything(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, seen: string[]): string {
      return Object.values(type.getFields())
        .filter((f) => f.args.length === 0 && !inaccessible(f.astNode?.directives))
        .flatMap((f) => {
          const named = getNamedType(f.type);
          if (isLeafType(named)) return [f.name];
          if (!isObjectType(named) || depth <= 1 || seen.includes(named.name)) return [];
          const inner = everything(schema, named, depth - 1, [...seen, named.name]);
          return inner ? [`${f.name} { ${inner} }`] : [];
        })
        .join(' ');
    }

    const operations: [string, () => string][] = [
      ['at the depth limit, in one subgraph', () => nestedQuery(GATEWAY_LIMITS.maxDepth)],
      [
        'at the alias limit, each alias reaching all four subgraphs',
        () =>
          `query($id: ID!) { ${Array.from(
            { length: GATEWAY_LIMITS.maxAliases },
            (_, i) =>
              `c${i}: compound(id: $id) { name ownersCommittee { name } serviceContracts { startsOn company { name } } outlets { name } }`,
          ).join(' ')} }`,
      ],
      [
        'wide: every field without arguments, across all four subgraphs, six levels deep',
        () => `query($id: ID!) { compound(id: $id) { ${everything(api, api.getType('Compound') as GraphQLObjectType, 6, ['Compound'])} } }`,
      ],
    ];

    // Built from the schema and the limits at run time: no generated type describes them.
    it.each(operations)('%s', async (_what, make) => {
      const result = await stack.queryText(make(), { id: compoundId, other: demoCompound('liulang-dongyuan').id }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeDefined();
    });

    it('just under the cost limit: a page of compounds, everything four levels down', async () => {
      const body = everything(api, api.getType('Compound') as GraphQLObjectType, 4, ['Compound']);
      // Built from the schema at run time, its size from the gateway's estimate: sent as text.
      const page = (first: number) => `{ compounds(first: ${first}) { totalCount edges { node { ${body} } } } }`;
      // The gateway's own estimate of a page of 100 says what one compound costs.
      const probe = await stack.queryText(page(100), {}, token);
      const found = /Cost limit of \d+ exceeded, found (\d+(?:\.\d+)?)/.exec(probe.errors?.[0]?.message ?? '');
      expect(found).not.toBeNull();
      const first = Math.floor(GATEWAY_LIMITS.maxCost / (Number(found![1]) / 100));
      expect(first).toBeGreaterThan(1);
      expect((await stack.queryText(page(first + 1), {}, token)).errors?.[0]?.message).toMatch(/Cost limit/);
      const result = await stack.queryText<{ compounds: { totalCount: number; edges: unknown[] } }>(page(first), {}, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.compounds.edges.length).toBe(Math.min(first, result.data!.compounds.totalCount));
    });
  });

  describe('no "Did you mean" in production', () => {
    const previous = process.env.NODE_ENV;
    let gateway: RunningGateway;
    let party: SubgraphService;
    let productionToken: string;

    beforeAll(async () => {
      // Keys loaded before NODE_ENV changes (the dev keys of this stack): only the
      // services' production behaviour is under test here, not production's key checks.
      const [partyTrust, gatewayTrust] = [loadTrust('party'), loadTrust('gateway')];
      process.env.NODE_ENV = 'production';
      productionToken = await tokenFor('admin');
      party = await startSubgraphService(
        {
          name: 'party',
          schema: await SUBGRAPHS.party.buildSchema(),
          dataSource: stack.dataSources.party,
          clock: stack.clock,
          trust: partyTrust,
        },
        0,
      );
      gateway = await startGateway(0, {
        urlOf: (name) => (name === 'party' ? party.url : stack.directory.urlOf(name)),
        trust: gatewayTrust,
      });
    });
    afterAll(async () => {
      await gateway.stop();
      await party.stop();
      process.env.NODE_ENV = previous;
    });

    const typos: [string, string, Record<string, unknown>][] = [
      ['a field', '{ compoundz(first: 1) { totalCount } }', {}],
      ['an argument', '{ compounds(frist: 1) { totalCount } }', {}],
      ['a type', 'query($id: Strin!) { compound(id: $id) { id } }', { id: 'x' }],
      ['an enum value in the query', 'query($id: ID!) { issueReports(compoundId: $id, status: SUBMITED) { totalCount } }', { id: 'x' }],
      [
        'an enum value in a variable',
        'query($id: ID!, $s: IssueStatus) { issueReports(compoundId: $id, status: $s) { totalCount } }',
        { s: 'SUBMITED' },
      ],
      [
        'an input field',
        'mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }',
        { input: { compoundId: '00000000-0000-4000-8000-000000000000', numbr: 1 } },
      ],
    ];

    it.each(typos)('not for %s, at the gateway or the subgraph', async (_what, query, variables) => {
      for (const [url, headers] of [
        [gateway.url, { authorization: `Bearer ${productionToken}` }],
        [party.url, { authorization: `Bearer ${productionToken}`, ...asGateway }],
      ] as const) {
        const answer = await post(url, JSON.stringify({ query, variables: { id: compoundId, ...variables } }), headers);
        expect(answer.status).toBe(400);
        expect(answer.body.errors!.length).toBeGreaterThan(0);
        for (const error of answer.body.errors!) {
          expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(error.extensions!.code);
          expect(error.message).not.toMatch(/Did you mean|Suggestion/);
        }
      }
    });

    it('the same typo in development is refused the same way', async () => {
      const answer = await post(stack.gatewayUrl, JSON.stringify({ query: typos[0][1] }), { authorization: `Bearer ${token}` });
      expect(answer.body.errors![0].message).toBe('Cannot query field "compoundz" on type "Query".');
    });
  });
});
