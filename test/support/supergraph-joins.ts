import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  Kind,
  parse,
  type ConstDirectiveNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type FieldNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { SubgraphName } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';

/**
 * Who resolves what, as the committed supergraph says it in its `@join__type` and
 * `@join__field` directives: read once for the tests that reason about subgraphs (the
 * nullability rule, the persona outage test). Graphs are named as the supergraph names
 * them (`PARTY`); `subgraphOf` gives the service name (`party`).
 */

/** Where each entity is created (DESIGN.md, "Shared entities"): its home subgraph. */
export const ENTITY_HOME: Record<string, string> = {
  Compound: 'PARTY',
  Building: 'PARTY',
  Household: 'PARTY',
  Resident: 'PARTY',
  ServiceStation: 'PARTY',
  IssueReport: 'PARTY',
  PropertyCompany: 'PROPERTY',
  WorkOrder: 'PROPERTY',
  OwnersCommittee: 'COMMITTEE',
  FundEntry: 'COMMITTEE',
  Settlement: 'ENTERPRISE',
};

export const supergraphDocument = parse(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8'));

/** The supergraph as a graphql-js schema, join directives on its AST nodes: operations are walked against it. */
export const supergraphSchema = buildASTSchema(supergraphDocument);

const allObjectTypes = supergraphDocument.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);

/** Every object type but the root types. */
export const objectTypes = allObjectTypes.filter((d) => !['Query', 'Mutation'].includes(d.name.value));

export function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

export const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

/** The graphs that define a type. */
export const graphsOf = (type: ObjectTypeDefinitionNode) => directives(type, 'join__type').map((d) => String(argument(d, 'graph')));

export const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Where a type's objects come from: an entity's home, else every subgraph that defines it. */
export const homeOf = (type: ObjectTypeDefinitionNode) => (ENTITY_HOME[type.name.value] ? [ENTITY_HOME[type.name.value]] : graphsOf(type));

/**
 * The graphs that can resolve a field: its `@join__field` graphs (an `external` one only
 * names a field another graph resolves), or, without any, every graph that defines the
 * type (a value type's or a key's field resolves wherever its object is).
 */
export function ownersOf(type: ObjectTypeDefinitionNode, field: FieldDefinitionNode): string[] {
  const joined = directives(field, 'join__field').filter((d) => argument(d, 'external') !== true);
  return joined.length ? joined.map((d) => String(argument(d, 'graph'))) : graphsOf(type);
}

/**
 * The graphs that hand out objects of a type, each with the fields (root fields included)
 * through which it does: `Compound` comes from party's `Query.compound` and also from
 * property's `ServiceContract.compound`, whose compound the gateway completes elsewhere.
 */
export function producersOf(typeName: string): Map<string, string[]> {
  const producers = new Map<string, string[]>();
  for (const type of allObjectTypes)
    for (const field of type.fields ?? []) {
      if (namedType(field.type) !== typeName) continue;
      for (const graph of ownersOf(type, field))
        producers.set(graph, [...(producers.get(graph) ?? []), `${type.name.value}.${field.name.value}`]);
    }
  return producers;
}

/** The graphs that own the fields a field `@requires` (the gateway fetches them first). */
export function requiredGraphsOf(type: ObjectTypeDefinitionNode, field: FieldDefinitionNode): string[] {
  return directives(field, 'join__field').flatMap((d) => {
    const requires = argument(d, 'requires');
    if (typeof requires !== 'string') return [];
    const [selection] = parse(`{ ${requires} }`).definitions;
    if (selection.kind !== Kind.OPERATION_DEFINITION) return [];
    return selection.selectionSet.selections
      .filter((s): s is FieldNode => s.kind === Kind.FIELD)
      .flatMap((s) =>
        ownersOf(
          type,
          type.fields!.find((f) => f.name.value === s.name.value)!,
        ),
      );
  });
}

/** The fields of a type's key in one graph (`@join__type(graph:, key: "id")`). */
export function keyFieldsOf(type: ObjectTypeDefinitionNode, graph: string): string[] {
  return directives(type, 'join__type')
    .filter((d) => argument(d, 'graph') === graph && typeof argument(d, 'key') === 'string')
    .flatMap((d) =>
      String(argument(d, 'key'))
        .split(/[\s{}]+/)
        .filter(Boolean),
    );
}

const graphEnum = supergraphDocument.definitions.find(
  (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
)!;

/** The service name of a join graph: `PARTY` → `party`, from `@join__graph(name:)`. */
export function subgraphOf(graph: string): SubgraphName {
  const value = graphEnum.values!.find((v) => v.name.value === graph);
  const name = value && directives(value, 'join__graph').map((d) => argument(d, 'name'))[0];
  if (typeof name !== 'string') throw new Error(`No join graph ${graph} in supergraph.graphql`);
  return name as SubgraphName;
}
