import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsField } from './selection';

/** The resolve info of the query's first root field: all `selectsField` reads of it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field selected directly, aliased, or in an inline or named fragment', () => {
    expect(selectsField(infoOf('{ list { totalCount edges { cursor } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { n: totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { ... on C { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { ...F } } fragment F on C { totalCount }'), 'totalCount')).toBe(true);
  });

  it('is false when the field is not selected, only nested deeper, or conditional', () => {
    expect(selectsField(infoOf('{ list { edges { cursor } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ list { edges { node { totalCount } } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('query($c: Boolean!) { list { totalCount @include(if: $c) } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ list { ...Missing } }'), 'totalCount')).toBe(false);
  });
});
