import {
  BreakingChangeType,
  DangerousChangeType,
  buildASTSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  print,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

/** One difference between a schema's baseline and what the code builds now. */
export interface SchemaChange {
  /** A subgraph's name, or `supergraph` (the API schema clients of the gateway see). */
  schema: string;
  level: ChangeLevel;
  /** Plain words naming the type and field; with `schema`, the change's id in the accepted-changes file. */
  change: string;
  /** For a breaking change: how to make it without breaking anyone. */
  advice?: string;
}

/**
 * The schemas of the last few SDL texts: a check compares five pairs, and most texts are
 * the same baseline again and again (each test of the check reads the supergraph's
 * baseline, the largest text, anew). A schema built from text is never changed after.
 */
const built = new Map<string, GraphQLSchema>();
const BUILT_KEPT = 12;

/** Subgraph SDL carries federation directives graphql-js does not define; they are read as written. */
function buildSdl(sdl: string): GraphQLSchema {
  let schema = built.get(sdl);
  if (!schema) {
    schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
    if (built.size >= BUILT_KEPT) built.delete(built.keys().next().value!);
    built.set(sdl, schema);
  }
  return schema;
}

const withoutPeriod = (text: string) => text.replace(/\.$/, '');

/**
 * Every change between two SDL texts of one schema, each breaking, dangerous or safe.
 * graphql-js finds the breaking and dangerous ones; the safe ones (additions, safe type
 * changes, deprecations, federation directives) are found here by walking both schemas.
 */
export function diffSchemas(schema: string, oldSdl: string, newSdl: string): SchemaChange[] {
  // The same text is the same schema: nothing to walk.
  if (oldSdl === newSdl) return [];
  const before = buildSdl(oldSdl);
  const after = buildSdl(newSdl);
  const changes: SchemaChange[] = [
    ...findBreakingChanges(before, after).map((c): SchemaChange => ({
      schema,
      level: 'breaking',
      change: withoutPeriod(c.description),
      advice: adviceFor(c.type, c.description, before),
    })),
    // An added optional argument or input field changes nothing for the operations clients already send.
    ...findDangerousChanges(before, after).map((c): SchemaChange => ({
      schema,
      level:
        c.type === DangerousChangeType.OPTIONAL_ARG_ADDED || c.type === DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED
          ? 'safe'
          : 'dangerous',
      change: withoutPeriod(c.description),
    })),
  ];
  const reported = new Set(changes.map((c) => c.change));
  for (const found of [...additionsAndDeprecations(before, after), ...federationDirectiveChanges(before, after)]) {
    if (!reported.has(found.change)) changes.push({ schema, ...found });
  }
  if (!changes.length && oldSdl !== newSdl) changes.push({ schema, level: 'safe', change: 'descriptions or layout changed' });
  return changes;
}

type Found = Omit<SchemaChange, 'schema'>;

const userTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));

type Deprecatable = { name: string; deprecationReason?: string | null };

function deprecationChange(coordinate: string, before: Deprecatable, after: Deprecatable): Found[] {
  if (!before.deprecationReason && after.deprecationReason)
    return [{ level: 'safe', change: `${coordinate} was deprecated ("${after.deprecationReason}")` }];
  if (before.deprecationReason && !after.deprecationReason) return [{ level: 'safe', change: `${coordinate} is no longer deprecated` }];
  return [];
}

/** Safe changes graphql-js does not report: new types and output fields, types made safer, deprecations. */
function additionsAndDeprecations(before: GraphQLSchema, after: GraphQLSchema): Found[] {
  const found: Found[] = [];
  for (const type of userTypes(after)) {
    const old = before.getType(type.name);
    if (!old) {
      found.push({ level: 'safe', change: `type ${type.name} was added` });
      continue;
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(old) || isInterfaceType(old))) {
      const oldFields = old.getFields();
      for (const field of Object.values(type.getFields())) {
        const was = oldFields[field.name];
        const coordinate = `${type.name}.${field.name}`;
        if (!was) {
          found.push({ level: 'safe', change: `${coordinate} was added` });
          continue;
        }
        if (String(was.type) !== String(field.type))
          found.push({ level: 'safe', change: `${coordinate} changed type from ${String(was.type)} to ${String(field.type)}` });
        found.push(...deprecationChange(coordinate, was, field));
        for (const arg of field.args) {
          const wasArg = was.args.find((a) => a.name === arg.name);
          if (!wasArg) continue;
          if (String(wasArg.type) !== String(arg.type))
            found.push({
              level: 'safe',
              change: `${coordinate} arg ${arg.name} has changed type from ${String(wasArg.type)} to ${String(arg.type)}`,
            });
          found.push(...deprecationChange(`${coordinate} arg ${arg.name}`, wasArg, arg));
        }
      }
    } else if (isInputObjectType(type) && isInputObjectType(old)) {
      const oldFields = old.getFields();
      for (const field of Object.values(type.getFields())) {
        const was = oldFields[field.name];
        if (!was) continue; // graphql-js reports added input fields (required: breaking)
        const coordinate = `${type.name}.${field.name}`;
        if (String(was.type) !== String(field.type))
          found.push({ level: 'safe', change: `${coordinate} changed type from ${String(was.type)} to ${String(field.type)}` });
        found.push(...deprecationChange(coordinate, was, field));
      }
    } else if (isEnumType(type) && isEnumType(old)) {
      for (const value of type.getValues()) {
        const was = old.getValue(value.name);
        if (was) found.push(...deprecationChange(`${type.name}.${value.name}`, was, value));
      }
    }
  }
  return found;
}

/** The federation directives the gateway plans with, by element: the schema's @link, types, fields. */
const FEDERATION_DIRECTIVES = new Set([
  'link',
  'key',
  'shareable',
  'inaccessible',
  'external',
  'requires',
  'provides',
  'override',
  'interfaceObject',
]);

function federationDirectives(schema: GraphQLSchema): Map<string, Set<string>> {
  const byElement = new Map<string, Set<string>>();
  const add = (element: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const printed = (directives ?? []).filter((d) => FEDERATION_DIRECTIVES.has(d.name.value)).map((d) => print(d));
    if (printed.length) byElement.set(element, new Set([...(byElement.get(element) ?? []), ...printed]));
  };
  for (const node of [schema.astNode, ...schema.extensionASTNodes]) add('the schema', node?.directives);
  for (const type of userTypes(schema)) {
    for (const node of [type.astNode, ...type.extensionASTNodes]) add(type.name, node?.directives);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.astNode?.directives);
    }
  }
  return byElement;
}

/**
 * Federation directives in a subgraph's SDL: the gateway fetches an entity from a
 * subgraph by its @key, so losing one is breaking; other directive changes alter how
 * the gateway plans queries (dangerous), and gaining a key is safe.
 */
function federationDirectiveChanges(before: GraphQLSchema, after: GraphQLSchema): Found[] {
  const was = federationDirectives(before);
  const now = federationDirectives(after);
  const found: Found[] = [];
  for (const [element, directives] of now) {
    // A new element's directives come with it.
    if (element !== 'the schema' && !existsIn(before, element)) continue;
    for (const d of directives) {
      if (!was.get(element)?.has(d))
        found.push({ level: d.startsWith('@key') ? 'safe' : 'dangerous', change: `${d} was added to ${element}` });
    }
  }
  for (const [element, directives] of was) {
    if (element !== 'the schema' && !existsIn(after, element)) continue;
    for (const d of directives) {
      if (now.get(element)?.has(d)) continue;
      found.push(
        d.startsWith('@key')
          ? {
              level: 'breaking',
              change: `${d} was removed from ${element}`,
              advice: `The gateway fetches ${element} from this subgraph by that key: keep it, and add a new key beside it if needed.`,
            }
          : { level: 'dangerous', change: `${d} was removed from ${element}` },
      );
    }
  }
  return found;
}

function existsIn(schema: GraphQLSchema, element: string): boolean {
  const [typeName, fieldName] = element.split('.');
  const type = schema.getType(typeName);
  if (!type || fieldName === undefined) return Boolean(type);
  return (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields();
}

function removalAdvice(what: string, element: Deprecatable | undefined, deprecateHow: string): string {
  if (element?.deprecationReason)
    return `It was deprecated ("${element.deprecationReason}"): removing it now only needs its reason recorded.`;
  return `${what} was not deprecated: deprecate it first (${deprecateHow}), and remove it in a later release once clients have moved.`;
}

function requiredAdvice(element: GraphQLArgument | GraphQLInputField | undefined): string | undefined {
  if (element && isNonNullType(element.type) && element.defaultValue === undefined)
    return 'It is required, and a required argument or input field cannot be deprecated: make it optional first (nullable, or give it a default), then deprecate it, then remove it in a later release.';
  return undefined;
}

/** What a developer does instead of a breaking change, by the change graphql-js found. */
function adviceFor(type: BreakingChangeType, description: string, before: GraphQLSchema): string {
  const fieldOf = (typeName: string, fieldName: string) => {
    const t: GraphQLNamedType | undefined | null = before.getType(typeName);
    return t && (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) ? t.getFields()[fieldName] : undefined;
  };
  let m: RegExpExecArray | null;
  switch (type) {
    case BreakingChangeType.FIELD_REMOVED:
      if ((m = /^(\w+)\.(\w+) was removed\.$/.exec(description))) {
        const field = fieldOf(m[1], m[2]);
        const required = field && 'defaultValue' in field ? requiredAdvice(field) : undefined;
        if (required && !field?.deprecationReason) return required;
        return removalAdvice(`${m[1]}.${m[2]}`, field, 'keep it, add its replacement, and set `deprecationReason` in its @Field options');
      }
      break;
    case BreakingChangeType.ARG_REMOVED:
      if ((m = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(description))) {
        const field = fieldOf(m[1], m[2]);
        const argName = m[3];
        const arg = field && 'args' in field ? field.args.find((a) => a.name === argName) : undefined;
        const required = requiredAdvice(arg);
        if (required) return required;
        return removalAdvice(`Argument ${m[3]}`, arg, 'set `deprecationReason` in its @Arg options');
      }
      break;
    case BreakingChangeType.VALUE_REMOVED_FROM_ENUM:
      if ((m = /^(\w+) was removed from enum type (\w+)\.$/.exec(description))) {
        const enumType = before.getType(m[2]);
        const value = isEnumType(enumType) ? enumType.getValue(m[1]) : undefined;
        return removalAdvice(`${m[2]}.${m[1]}`, value ?? undefined, "set `deprecationReason` for it in registerEnumType's valuesConfig");
      }
      break;
    case BreakingChangeType.FIELD_CHANGED_KIND:
      if ((m = / changed type from (\S+) to (\S+)\.$/.exec(description)) && m[1] === `${m[2]}!`)
        return 'Clients do not expect null here: add a nullable field beside it and deprecate this one instead.';
      return 'Clients written for the old type may fail: add a field with the new type beside it and deprecate this one instead.';
    case BreakingChangeType.ARG_CHANGED_KIND:
      return 'Operations that send the old type are refused now: add a new optional argument beside it and deprecate this one instead.';
    case BreakingChangeType.REQUIRED_ARG_ADDED:
    case BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED:
      return 'Operations written before it do not send it: make it optional (nullable, or with a default).';
    case BreakingChangeType.TYPE_REMOVED:
      return 'Operations that name it (fragments, variables) fail: deprecate the fields that use it first.';
  }
  return 'Clients or the gateway may depend on it.';
}
