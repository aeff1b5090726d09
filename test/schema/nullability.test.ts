import { Kind } from 'graphql';
import { argument, directives, ENTITY_HOME, graphsOf, homeOf, namedType, objectTypes, ownersOf } from '../support/supergraph-joins';

/**
 * One stakeholder's outage never nulls another's data (DESIGN.md, Access). The gateway
 * nulls a failed subgraph's fields and bubbles each null up to the nearest nullable
 * field, so the rule is in the schema: every field that another subgraph than the
 * type's home resolves, and every field that returns another subgraph's entity (a
 * reference the gateway must complete elsewhere), is nullable. Read from the composed
 * supergraph, so a field added later that breaks it is named here.
 */

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
        const owners = ownersOf(type, field);
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
