import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** What type-graphql's (global, unexported) metadata storage holds about a field resolver, once a schema is built. */
interface ParamMetadata {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}
interface FieldResolverMetadata {
  kind: string;
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  roles?: unknown[];
  middlewares?: unknown[];
  getObjectType?: () => unknown;
}
interface TypeGraphQLMetadata {
  objectTypes: { name: string; target: unknown }[];
  fieldResolvers: FieldResolverMetadata[];
}

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
export function directFieldResolvers(schema: GraphQLSchema): void {
  const storage = (globalThis as unknown as { TypeGraphQLMetadataStorage?: TypeGraphQLMetadata }).TypeGraphQLMetadataStorage;
  if (!storage) return;
  const typeNames = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const instances = new Map<FieldResolverMetadata['target'], Record<string, (...args: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles !== undefined || resolver.middlewares?.length) continue;
    const direct = directParams(resolver.params ?? []);
    const type = schema.getType(String(typeNames.get(resolver.getObjectType?.())));
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
      switch (of.length) {
        case 1:
          return method.call(target, of[0](root, context, info));
        case 2:
          return method.call(target, of[0](root, context, info), of[1](root, context, info));
        case 3:
          return method.call(target, of[0](root, context, info), of[1](root, context, info), of[2](root, context, info));
        default:
          return method.apply(
            target,
            of.map((param) => param(root, context, info)),
          );
      }
    };
    field.resolve = resolve as typeof field.resolve;
  }
}
