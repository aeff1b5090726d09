/**
 * A GraphQL enum object ({ A: 'A', ... }) from a tuple of string literals, so a rule can
 * keep its values as a plain `as const` list and the schema still gets a named enum.
 */
export const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
