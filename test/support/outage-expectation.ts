import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import type { SubgraphName } from '../../shared/config';
import { keyFieldsOf, ownersOf, requiredGraphsOf, subgraphOf, supergraphSchema } from './supergraph-joins';

/**
 * What an operation's answer must be while one subgraph is down, derived from the
 * composed supergraph instead of written per operation: each field of the operation is
 * planned to the subgraph that resolves it (its `@join__field` graph, or the graph its
 * parent object came from when that graph can resolve it too: keys, value types, a
 * graph's own fields), then the all-up answer is cut where the stopped subgraph's fields
 * hang from another subgraph's objects. A null in a non-null position spreads up to the
 * nearest nullable one, as GraphQL (and the gateway) does; `othersLost` names what an
 * answer lacks of the other subgraphs' data.
 */

export interface PlannedField {
  /** The response key: the alias, else the field name. */
  key: string;
  /** `Type.field`. */
  coordinate: string;
  /** The subgraph that resolves this field here. */
  graph: SubgraphName;
  /** Subgraphs without which this field has no value: its own, and those of the fields it `@requires`. */
  needs: SubgraphName[];
  type: GraphQLOutputType;
  /** A key field of its object in the graph that produced the object (`id`), or `__typename`: it names the object. */
  namesObject: boolean;
  /** The selection under an object-typed field. */
  fields: PlannedField[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function planOperation(document: DocumentNode): PlannedField[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error('plan one operation at a time');
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = supergraphSchema.getRootType(operations[0].operation)!;
  return planSelections(root, [operations[0].selectionSet], undefined, fragments);
}

/** The field nodes of selection sets by response key, fragments flattened (the supergraph has no abstract types). */
function collectFields(
  parent: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const selection of sets.flatMap((s) => s.selections)) {
    if (selection.directives?.length)
      throw new Error(`@${selection.directives[0].name.value} is not planned; drop it from persona operations`);
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value)! : selection;
    const condition = fragment.typeCondition?.name.value;
    if (condition && condition !== parent.name) throw new Error(`a fragment on ${condition} inside ${parent.name} is not planned`);
    collectFields(parent, [fragment.selectionSet], fragments, into);
  }
  return into;
}

/** `parentGraph` is the join graph (`PARTY`) that produced the objects of `parent`; none at the root. */
function planSelections(
  parent: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  parentGraph: string | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): PlannedField[] {
  return [...collectFields(parent, sets, fragments)].map(([key, nodes]): PlannedField => {
    const name = nodes[0].name.value;
    const coordinate = `${parent.name}.${name}`;
    if (name === '__typename') {
      if (!parentGraph) throw new Error(`${coordinate} at the root is not planned`);
      const graph = subgraphOf(parentGraph);
      return {
        key,
        coordinate,
        graph,
        needs: [graph],
        type: supergraphSchema.getType('String') as GraphQLOutputType,
        namesObject: true,
        fields: [],
      };
    }
    const definition = parent.getFields()[name];
    const typeNode = parent.astNode!;
    const owners = ownersOf(typeNode, definition.astNode!);
    // The gateway stays in the graph the object came from when that graph resolves the field too.
    const graph = parentGraph && owners.includes(parentGraph) ? parentGraph : owners.length === 1 ? owners[0] : undefined;
    if (!graph)
      throw new Error(
        `${coordinate}: resolvable in ${owners.join(', ')}, reached from ${parentGraph ?? 'the root'}; which one runs is not derivable`,
      );
    const needs = [...new Set([graph, ...requiredGraphsOf(typeNode, definition.astNode!)])].map(subgraphOf);
    const namesObject = !!parentGraph && keyFieldsOf(typeNode, parentGraph).includes(name);
    const named = getNamedType(definition.type);
    const fields = isObjectType(named)
      ? planSelections(
          named,
          nodes.map((n) => n.selectionSet!),
          graph,
          fragments,
        )
      : [];
    return { key, coordinate, graph: subgraphOf(graph), needs, type: definition.type, namesObject, fields };
  });
}

/** Every subgraph an operation's plan reads from. */
export function graphsTouched(plan: PlannedField[]): Set<SubgraphName> {
  return new Set(plan.flatMap((f) => [...f.needs, ...graphsTouched(f.fields)]));
}

/** Subgraphs that gave the answer at least one value (a non-null scalar, a non-empty list of them). */
export function graphsAnswering(plan: PlannedField[], data: JsonObject | null): Set<SubgraphName> {
  const found = new Set<SubgraphName>();
  const visit = (fields: PlannedField[], value: Json) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(fields, v));
    if (value === null || typeof value !== 'object') return;
    for (const f of fields) {
      const v = value[f.key];
      if (f.fields.length) visit(f.fields, v);
      else if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) found.add(f.graph);
    }
  };
  visit(plan, data);
  return found;
}

/** A null that a non-null position cannot hold: it spreads to the nearest nullable one. */
const SPREADS = Symbol('null in a non-null position');
type Cut = Json | typeof SPREADS;

const settle = (type: GraphQLOutputType, value: Cut): Cut => (value === SPREADS && !isNonNullType(type) ? null : value);

function cutValue(value: Json, type: GraphQLOutputType, fields: PlannedField[], stopped: SubgraphName): Cut {
  if (value === null) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) throw new Error(`expected a list, got ${JSON.stringify(value)}`);
    const items = value.map((item) => settle(inner.ofType, cutValue(item, inner.ofType, fields, stopped)));
    return items.includes(SPREADS) ? SPREADS : (items as Json[]);
  }
  return fields.length ? cutObject(value as JsonObject, fields, stopped) : value;
}

function cutObject(object: JsonObject, fields: PlannedField[], stopped: SubgraphName): Cut {
  const out: JsonObject = {};
  for (const f of fields) {
    if (!(f.key in object)) throw new Error(`the answer has no ${f.key} (${f.coordinate})`);
    const cut = f.needs.includes(stopped) ? SPREADS : cutValue(object[f.key], f.type, f.fields, stopped);
    const settled = settle(f.type, cut);
    if (settled === SPREADS) return SPREADS;
    out[f.key] = settled;
  }
  return out;
}

/** The other subgraphs' values in an answer, by path: each scalar whose field and every field above it run without `stopped`. */
function othersValues(fields: PlannedField[], value: Json, stopped: SubgraphName, at: string, out: Map<string, PlannedField>): void {
  if (Array.isArray(value)) return value.forEach((v, i) => othersValues(fields, v, stopped, `${at}[${i}]`, out));
  if (value === null || typeof value !== 'object') return;
  for (const f of fields) {
    if (f.needs.includes(stopped)) continue;
    const path = `${at}.${f.key}`;
    if (f.fields.length) othersValues(f.fields, value[f.key], stopped, path, out);
    else out.set(path, f);
  }
}

function valueAt(data: Json, path: string): Json | undefined {
  let value: Json | undefined = data;
  for (const step of path.match(/[^.[\]]+/g) ?? []) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = Array.isArray(value) ? value[Number(step)] : value[step];
  }
  return value;
}

/** The all-up answer with the stopped subgraph's fields null, each null spread as GraphQL spreads it. */
export function expectDuringOutage(plan: PlannedField[], allUp: JsonObject, stopped: SubgraphName): JsonObject | null {
  const cut = cutObject(allUp, plan, stopped);
  return cut === SPREADS ? null : (cut as JsonObject);
}

/**
 * The other subgraphs' values of the all-up answer that `answer` lacks (`path: Type.field`),
 * e.g. where a non-null field of the stopped subgraph nulled an object they were in. The
 * key of a reference to the stopped subgraph's entity (`ownersCommittee { id }`) is not
 * counted: it goes with the reference it names.
 */
export function othersLost(plan: PlannedField[], allUp: JsonObject, answer: JsonObject | null, stopped: SubgraphName): string[] {
  const values = new Map<string, PlannedField>();
  othersValues(plan, allUp, stopped, 'data', values);
  return [...values]
    .filter(([path, f]) => {
      const was = valueAt({ data: allUp }, path);
      return !f.namesObject && was !== null && !isDeepStrictEqual(valueAt({ data: answer }, path), was);
    })
    .map(([path, f]) => `${path}: ${f.coordinate}`);
}
