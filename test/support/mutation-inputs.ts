import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  Kind,
  parse,
  type ConstDirectiveNode,
} from 'graphql';
import type { SubgraphName } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';
import { isPhoneField } from '../../shared/validation';

/**
 * Every mutation of the committed supergraph and every String or ID it takes, at any
 * depth of its input objects and lists, read from supergraph.graphql itself: a new
 * mutation or input field is enumerated without anyone listing it.
 */
export interface MutationUnderTest {
  name: string;
  /** The subgraph that resolves it (its `@join__field`). */
  subgraph: SubgraphName;
  /** `@inaccessible`: not in the public graph, so called straight at its subgraph. */
  internal: boolean;
  /** `mutation M($a: T!, …) { name(a: $a, …) { __typename } }`. */
  document: string;
  /** Variables every field of which is filled with a plausible value. */
  sample(): Record<string, unknown>;
  leaves: TextLeaf[];
}

export interface TextLeaf {
  kind: 'String' | 'ID';
  /** Where it sits in the variables: ['input', 'lines', 0, 'productId']. */
  path: (string | number)[];
  /** Its own name (the last field name), which picks its text rule. */
  name: string;
  /** How errors name it: `lines[0].productId` (an argument called `input` left out). */
  field: string;
  /** On an `@inaccessible` input field: reachable only straight at the subgraph. */
  internal: boolean;
}

const hasDirective = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? []).some((d) => d.name.value === name);

function graphOf(field: GraphQLField<unknown, unknown>): SubgraphName {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  if (graph?.kind !== Kind.ENUM) throw new Error(`Mutation.${field.name} has no @join__field(graph:)`);
  return graph.value.toLowerCase() as SubgraphName;
}

/** A value each rule at the entry accepts: a UUID for an ID, a valid phone for a phone field. */
function sampleOf(type: GraphQLInputType, name: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sampleOf(t.ofType, name)];
  if (isInputObjectType(t)) return Object.fromEntries(Object.values(t.getFields()).map((f) => [f.name, sampleOf(f.type, f.name)]));
  if (isEnumType(t)) return t.getValues()[0].value;
  const scalars: Record<string, () => unknown> = {
    ID: () => randomUUID(),
    String: () => (isPhoneField(name) ? '13800000000' : 'x'),
    Int: () => 1,
    Float: () => 1,
    Boolean: () => false,
    Fen: () => '1',
    DateTimeISO: () => new Date().toISOString(),
  };
  const make = scalars[t.name];
  if (!make) throw new Error(`No sample value for the scalar ${t.name}: add one`);
  return make();
}

function leavesOf(type: GraphQLInputType, path: (string | number)[], field: string, name: string, internal: boolean): TextLeaf[] {
  const t = getNullableType(type);
  if (isListType(t)) return leavesOf(t.ofType, [...path, 0], `${field}[0]`, name, internal);
  if (isInputObjectType(t)) {
    return Object.values(t.getFields()).flatMap((f) =>
      leavesOf(
        f.type,
        [...path, f.name],
        field ? `${field}.${f.name}` : f.name,
        f.name,
        internal || hasDirective(f.astNode?.directives, 'inaccessible'),
      ),
    );
  }
  return t.name === 'String' || t.name === 'ID' ? [{ kind: t.name, path, name, field, internal }] : [];
}

export function mutationsUnderTest(): MutationUnderTest[] {
  const schema = buildASTSchema(parse(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8')));
  return Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const internal = hasDirective(field.astNode?.directives, 'inaccessible');
    return {
      name: field.name,
      subgraph: graphOf(field),
      internal,
      document: `mutation ${field.name}Hostile${params ? `(${params})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
      sample: () => Object.fromEntries(field.args.map((a) => [a.name, sampleOf(a.type, a.name)])),
      leaves: field.args.flatMap((a) => leavesOf(a.type, [a.name], a.name === 'input' ? '' : a.name, a.name, internal)),
    };
  });
}

/** `variables` with the value at `path` replaced. */
export function withValueAt(variables: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]] = value;
  return copy;
}
