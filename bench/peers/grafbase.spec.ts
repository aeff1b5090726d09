import { Kind, parse } from 'graphql';
import { GATEWAY_LIMITS } from '../../shared/server/query-limits';
import { grafbaseConfig, markInaccessibleArguments } from './grafbase';

const SDL = `
input HiddenInput @inaccessible { id: ID! }
input OpenInput { id: ID! }
enum HiddenKind @inaccessible { A }
type Query { a: Int }
type Mutation {
  hidden(input: HiddenInput!, other: OpenInput, kind: HiddenKind): Int @inaccessible
  alreadyMarked(input: [HiddenInput!] @inaccessible): Int @inaccessible
  open(input: OpenInput!): Int
}
extend type Mutation { more(list: [HiddenInput!]!): Int @inaccessible }
`;

/** Each argument of Mutation (definition and extension) with the names of its directives. */
function argumentDirectives(sdl: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition;
    for (const field of type.fields ?? [])
      for (const argument of field.arguments ?? [])
        result[`${type.name.value}.${field.name.value}(${argument.name.value}:)`] = (argument.directives ?? []).map((d) => d.name.value);
  }
  return result;
}

describe("the bench's Grafbase configuration", () => {
  it('marks @inaccessible every argument whose type is, and names them', () => {
    const { sdl, marked } = markInaccessibleArguments(SDL);
    expect(marked).toEqual(['Mutation.hidden(input:)', 'Mutation.hidden(kind:)', 'Mutation.more(list:)']);
    expect(argumentDirectives(sdl)).toEqual({
      'Mutation.hidden(input:)': ['inaccessible'],
      'Mutation.hidden(other:)': [],
      'Mutation.hidden(kind:)': ['inaccessible'],
      'Mutation.alreadyMarked(input:)': ['inaccessible'],
      'Mutation.open(input:)': [],
      'Mutation.more(list:)': ['inaccessible'],
    });
  });

  it('leaves a schema that needs nothing as it is', () => {
    const clean = 'type Query { a(input: String): Int }\n';
    expect(markInaccessibleArguments(clean)).toEqual({ sdl: clean, marked: [] });
  });

  it('forwards the caller’s authorization, adds the gateway token per subgraph and sets the limits', () => {
    const toml = grafbaseConfig(
      [
        { name: 'party', url: 'http://127.0.0.1:4101/graphql', schemaPath: '/tmp/x/party "copy".graphql' },
        { name: 'committee', url: 'http://127.0.0.1:4102/graphql', schemaPath: '/tmp/x/committee.graphql' },
      ],
      false,
    );
    expect(toml).toBe(
      [
        '[traffic_shaping]',
        'inflight_deduplication = false',
        '',
        '[[headers]]',
        'rule = "forward"',
        'name = "authorization"',
        '',
        '[operation_limits]',
        `depth = ${GATEWAY_LIMITS.maxDepth}`,
        `aliases = ${GATEWAY_LIMITS.maxAliases}`,
        '',
        '[subgraphs.party]',
        'url = "http://127.0.0.1:4101/graphql"',
        'schema_path = "/tmp/x/party \\"copy\\".graphql"',
        '',
        '[[subgraphs.party.headers]]',
        'rule = "insert"',
        'name = "x-doorstep-gateway"',
        'value = "{{ env.DOORSTEP_GATEWAY_TOKEN_PARTY }}"',
        '',
        '[subgraphs.committee]',
        'url = "http://127.0.0.1:4102/graphql"',
        'schema_path = "/tmp/x/committee.graphql"',
        '',
        '[[subgraphs.committee.headers]]',
        'rule = "insert"',
        'name = "x-doorstep-gateway"',
        'value = "{{ env.DOORSTEP_GATEWAY_TOKEN_COMMITTEE }}"',
        '',
      ].join('\n'),
    );
    expect(grafbaseConfig([], true)).toContain('inflight_deduplication = true');
  });
});
