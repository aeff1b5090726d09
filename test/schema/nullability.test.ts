import { Kind } from 'graphql';
import {
  argument,
  directives,
  ENTITY_HOME,
  graphsOf,
  homeOf,
  keyFieldsOf,
  namedType,
  objectTypes,
  ownersOf,
  producersOf,
} from '../support/supergraph-joins';

/**
 * One stakeholder's outage never nulls another's data (DESIGN.md, Access). The gateway
 * nulls a failed subgraph's fields and bubbles each null up to the nearest nullable
 * field, so the rule is in the schema: every field resolved by a subgraph other than the
 * one that resolved its parent is nullable. Its parent comes from the type's home (a
 * `Compound` of `Query.compound`), or from any subgraph with a field of that type (the
 * compound of property's `ServiceContract.compound`, whose `name` party resolves); only
 * the key the gateway already holds from a reference (`id`) may stay non-null. A field
 * that returns another subgraph's entity (a reference the gateway must complete
 * elsewhere) is nullable too. Read from the composed supergraph, so a field added later
 * that breaks it is named here.
 */

describe('the supergraph keeps one outage from nulling another stakeholder’s data', () => {
  it('knows the home of every entity that several subgraphs share', () => {
    const entities = objectTypes
      .filter((t) => directives(t, 'join__type').some((d) => argument(d, 'key') !== undefined))
      .filter((t) => new Set(graphsOf(t)).size > 1)
      .map((t) => t.name.value);
    expect(entities.filter((name) => !ENTITY_HOME[name])).toEqual([]);
  });

  it('finds the subgraphs that hand out another’s entity', () => {
    // The rule below is only as strong as this reading: a reference from property is seen.
    expect(producersOf('Compound').get('PROPERTY')).toEqual(expect.arrayContaining(['ServiceContract.compound']));
    expect(producersOf('Settlement').get('COMMITTEE')).toEqual(['FundEntry.settlement']);
    expect([...producersOf('WorkOrder').keys()]).toEqual(['PROPERTY']);
  });

  it('makes every field that crosses to another subgraph nullable', () => {
    const offenders = objectTypes.flatMap((type) => {
      const home = homeOf(type);
      const producers = [...producersOf(type.name.value)];
      return (type.fields ?? []).flatMap((field) => {
        const owners = ownersOf(type, field);
        const reasons: string[] = [];
        if (home.some((g) => !owners.includes(g)))
          reasons.push(`resolved by ${owners.join('/')} on a ${type.name.value} from ${home.join('/')}`);
        const returned = namedType(field.type);
        if (ENTITY_HOME[returned] && !owners.includes(ENTITY_HOME[returned]))
          reasons.push(`returns ${returned} from ${ENTITY_HOME[returned]}`);
        // A reference from another subgraph: the gateway holds its key and fetches the rest from `_entities`.
        const reached = producers.filter(
          ([graph]) => !home.includes(graph) && !owners.includes(graph) && !keyFieldsOf(type, graph).includes(field.name.value),
        );
        if (reached.length)
          reasons.push(
            `resolved by ${owners.join('/')} on a ${type.name.value} reached from ${reached.map(([g, via]) => `${g} (${via.join(', ')})`).join(', ')}`,
          );
        return reasons.length && field.type.kind === Kind.NON_NULL_TYPE
          ? [`${type.name.value}.${field.name.value}: ${reasons.join('; ')}`]
          : [];
      });
    });
    expect(offenders).toEqual([]);
  });
});
