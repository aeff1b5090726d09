import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { repoRoot } from '../../shared/schema/compose';

/**
 * One stakeholder's outage never nulls another's data (DESIGN.md, Access). The gateway
 * nulls a failed subgraph's fields and bubbles each null up to the nearest nullable
 * field, so the rule is in the schema: every field that another subgraph than the
 * type's home resolves, and every field that returns another subgraph's entity (a
 * reference the gateway must complete elsewhere), is nullable. Read from the composed
 * supergraph, so a field added later that breaks it is named here.
 */

/** Where each entity is created (DESIGN.md, "Shared entities"): its home subgraph. */
const ENTITY_HOME: Record<string, string> = {
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

const supergraph = parse(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8'));
const objectTypes = supergraph.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && !['Query', 'Mutation'].includes(d.name.value),
);

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);
const graphsOf = (type: ObjectTypeDefinitionNode) => directives(type, 'join__type').map((d) => String(argument(d, 'graph')));
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Where a type's objects come from: an entity's home, else every subgraph that defines it. */
const homeOf = (type: ObjectTypeDefinitionNode) => (ENTITY_HOME[type.name.value] ? [ENTITY_HOME[type.name.value]] : graphsOf(type));

describe('the supergraph keeps one outage from nulling another stakeholder’s data', () => {
  it('knows the home of every entity that several subgraphs share', () => {
    const entities = objectTypes
      .filter((t) => directives(t, 'join__type').some((d) => argument(d, 'key') !== undefined))
      .filter((t) => new Set(graphsOf(t)).size > 1)
      .map((t) => t.name.value);
    expect(entities.filter((name) => !ENTITY_HOME[name])).toEqual([]);
  });

  it('makes every field that crosses to another subgraph nullable', () => {
    const offenders = objectTypes.flatMap((type) =>
      (type.fields ?? []).flatMap((field) => {
        const joined = directives(field, 'join__field').filter((d) => argument(d, 'external') !== true);
        const owners = joined.length ? joined.map((d) => String(argument(d, 'graph'))) : graphsOf(type);
        const reasons: string[] = [];
        const home = homeOf(type);
        if (home.some((g) => !owners.includes(g)))
          reasons.push(`resolved by ${owners.join('/')} on a ${type.name.value} from ${home.join('/')}`);
        const returned = namedType(field.type);
        if (ENTITY_HOME[returned] && !owners.includes(ENTITY_HOME[returned]))
          reasons.push(`returns ${returned} from ${ENTITY_HOME[returned]}`);
        return reasons.length && field.type.kind === Kind.NON_NULL_TYPE
          ? [`${type.name.value}.${field.name.value}: ${reasons.join('; ')}`]
          : [];
      }),
    );
    expect(offenders).toEqual([]);
  });
});
