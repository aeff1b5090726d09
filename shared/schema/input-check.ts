import { validate as classValidate, getMetadataStorage, type ValidationError } from './class-validator';
import { getNullableType, isInputObjectType, isListType, type GraphQLArgument, type GraphQLError, type GraphQLInputType } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { assertUuid, badInput } from '../errors';
import { checkText, chinesePhone, isPhoneField, textRuleFor } from '../validation';

/**
 * Where inputs enter a subgraph: every String and ID in a field's arguments, at any depth
 * of input objects and lists, is checked against the schema before the resolver runs, so
 * a new argument or input field gets the rules without anyone remembering them:
 * - ID: a UUID (identifiers are checked before use);
 * - String: the shared text rule (shared/validation.ts), multi-line by field name;
 * - a String named `phone` or `…Phone`: the shared phone rule.
 * The error is BAD_USER_INPUT with `field` as the services name it (`description`,
 * `lines[0].productId`; an argument called `input` is left out of the path).
 */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) checkValue(arg.type, values[arg.name], arg.name === 'input' ? '' : arg.name, arg.name);
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, name: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const itemType = nullable.ofType;
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(itemType, item, `${path}[${i}]`, name));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      checkValue(field.type, fields[field.name], path ? `${path}.${field.name}` : field.name, field.name);
    }
    return;
  }
  if (nullable.name === 'ID') {
    assertUuid(value, path);
  } else if (nullable.name === 'String' && typeof value === 'string') {
    checkText(value, path, textRuleFor(name));
    if (isPhoneField(name)) chinesePhone(value, path);
  }
}

/**
 * type-graphql's `validateFn`, called once per argument after `@Authorized` has run (so
 * a caller without the role is FORBIDDEN whatever the input). The first call of a
 * resolver call checks all its arguments; then each input class's class-validator
 * decorators run, their failure reported like every other bad input: a message naming
 * the field and `field`, never the value or the whole input object.
 */
export function validateAtEntry(): ValidatorFn {
  const checked = new WeakSet<object>();
  return async (argValue, _argType, resolverData) => {
    if (!checked.has(resolverData)) {
      checked.add(resolverData);
      const { info } = resolverData;
      checkArguments(info.parentType.getFields()[info.fieldName].args, resolverData.args);
    }
    await checkDecorators(argValue);
  };
}

/** Per input class: whether it carries any class-validator decorator (most args classes, e.g. PageArgs, carry none). */
const decorated = new WeakMap<object, boolean>();

function hasDecorators(object: object): boolean {
  const type = object.constructor;
  let found = decorated.get(type);
  if (found === undefined) {
    found = type !== Object && getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    decorated.set(type, found);
  }
  return found;
}

async function checkDecorators(value: unknown): Promise<void> {
  const objects = (Array.isArray(value) ? value : [value]).filter((v): v is object => typeof v === 'object' && v !== null);
  for (const object of objects) {
    // Nothing to run: skip class-validator's walk (a resolver call pays it per argument otherwise).
    if (!hasDecorators(object)) continue;
    const errors = await classValidate(object, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0) throw fromValidationError(errors[0]);
  }
}

function fromValidationError(error: ValidationError, parent = ''): GraphQLError {
  const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
  const child = error.children?.[0];
  if (child) return fromValidationError(child, field);
  const message = Object.values(error.constraints ?? {})[0] ?? `${field} is not valid`;
  return badInput(message, { field });
}
