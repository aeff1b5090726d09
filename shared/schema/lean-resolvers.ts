import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { objectTypeNames, typeGraphQLMetadata, typeNameOf, type ParamMetadata, type TypeGraphQLMetadata } from './type-graphql-metadata';

type ParamOf = (root: unknown, context: Record<string, unknown>, info: unknown) => unknown;

/**
 * A field resolver's parameters read straight from graphql-js's four, or undefined when
 * one needs type-graphql itself (arguments to convert and validate, custom decorators).
 */
function directParams(params: ParamMetadata[]): { of: ParamOf[]; rootType?: () => unknown } | undefined {
  const sorted = [...params].sort((a, b) => a.index - b.index);
  const of: ParamOf[] = [];
  let rootType: (() => unknown) | undefined;
  for (const [i, param] of sorted.entries()) {
    if (param.index !== i) return undefined;
    if (param.kind === 'root' && param.propertyName === undefined) {
      rootType = param.getType;
      of.push((root) => root);
    } else if (param.kind === 'context') {
      const property = param.propertyName;
      of.push(property === undefined ? (_, context) => context : (_, context) => context[property]);
    } else if (param.kind === 'info') {
      of.push((_, __, info) => info);
    } else {
      return undefined;
    }
  }
  return { of, rootType };
}

/**
 * type-graphql runs every field resolver of a resolver class through a generic handler:
 * per call and per row, it looks the class's instance up in its container, builds the
 * resolver data, sorts and maps the parameter list, and checks each for a promise. For a
 * field resolver with no role check, no middleware and only `@Root()`, `@Ctx()` and
 * `@Info()`, that is the same call as `instance.method(root, ctx, info)`; under load the
 * handler was a visible share of a subgraph's allocations (bench/README.md, "Subgraphs
 * against the floor"), so such fields call the method directly. A root that is not
 * already of its declared class (type-graphql would convert it) still goes through
 * type-graphql's handler, as does every field with arguments, roles or middlewares.
 */
function directFieldResolvers(schema: GraphQLSchema, storage: TypeGraphQLMetadata): void {
  const typeNames = objectTypeNames(storage);
  const instances = new Map<unknown, Record<string, unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles !== undefined || resolver.middlewares?.length) continue;
    const direct = directParams(resolver.params ?? []);
    const type = schema.getType(String(typeNameOf(resolver, typeNames)));
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const typeGraphQL = field?.resolve;
    if (!direct || !field || !typeGraphQL) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new resolver.target()));
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const rootClass = direct.rootType?.();
    const of = direct.of;
    const target = instance;
    const resolve: GraphQLFieldResolver<unknown, Record<string, unknown>> = (root, args, context, info) => {
      if (typeof rootClass === 'function' && root != null && !(root instanceof rootClass)) return typeGraphQL(root, args, context, info);
      const params = new Array<unknown>(of.length);
      for (let i = 0; i < of.length; i++) params[i] = of[i](root, context, info);
      return (method as (...params: unknown[]) => unknown).apply(target, params);
    };
    field.resolve = resolve as typeof field.resolve;
  }
}

/**
 * type-graphql wraps every field in a resolver that runs its middlewares and role check,
 * even a plain property with neither; graphql-js's default resolver reads the same
 * property. Under load those wrappers on every field of every row were a visible share
 * of a subgraph's CPU (bench/README.md, "Subgraphs against the floor"), so the plain
 * ones go. A field keeps its wrapper when any class of that type name gives it roles
 * (`@Authorized`, even with none listed), middlewares, a field resolver, another
 * schema name, or a getter or method.
 */
function dropPlainFieldWrappers(schema: GraphQLSchema, storage: TypeGraphQLMetadata): void {
  const typeNames = objectTypeNames(storage);
  const kept = new Set(storage.fieldResolvers.map((r) => `${String(typeNameOf(r, typeNames))}.${r.methodName}`));
  const plain = new Map<string, boolean>();
  for (const objectType of storage.objectTypes) {
    for (const field of objectType.fields ?? []) {
      const key = `${objectType.name}.${field.schemaName}`;
      const isPlain =
        field.roles === undefined &&
        !field.middlewares?.length &&
        field.name === field.schemaName &&
        Object.getOwnPropertyDescriptor(field.target.prototype, field.name) === undefined &&
        !kept.has(key);
      plain.set(key, (plain.get(key) ?? true) && isPlain);
    }
  }
  for (const [key, isPlain] of plain) {
    if (!isPlain) continue;
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field) field.resolve = undefined;
  }
}

/**
 * The two removals of type-graphql's per-field wrappers, on a schema type-graphql built
 * without global middlewares: plain properties get graphql-js's default resolver, and
 * simple field resolvers call their method directly.
 */
export function leanResolvers(schema: GraphQLSchema): void {
  const storage = typeGraphQLMetadata();
  if (!storage) return;
  dropPlainFieldWrappers(schema, storage);
  directFieldResolvers(schema, storage);
}
