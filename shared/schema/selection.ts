import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields selected directly in `set`, through inline fragments and named ones. With
 * `conditional: false`, a selection under `@skip` or `@include` is left out; otherwise it
 * counts (a superset of what will be resolved).
 */
export function selectedFields(
  set: SelectionSetNode | undefined,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  options: { conditional: boolean } = { conditional: true },
  into: FieldNode[] = [],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (!options.conditional && selection.directives?.length) continue;
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedFields(selection.selectionSet, info, options, into);
    else selectedFields(info.fragments[selection.name.value]?.selectionSet, info, options, into);
  }
  return into;
}

/**
 * Whether the object this field returns has the field `name` selected (directly, or in a
 * fragment), so a list can count while it reads its page instead of after it. A field
 * under `@skip` or `@include` counts as not selected: the caller then stays lazy, which is
 * always correct, only slower.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) =>
    selectedFields(node.selectionSet, info, { conditional: false }).some((field) => field.name.value === name),
  );
}
