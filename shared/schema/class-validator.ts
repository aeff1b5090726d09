/* eslint-disable @typescript-eslint/no-require-imports -- the files have no type declarations of their own: each takes its type from the package's */
import type * as ClassValidator from 'class-validator';

/**
 * The parts of class-validator the code uses, loaded from their own files. The package's
 * entry point loads every validator it has, with validator.js and libphonenumber-js
 * (321 modules, ~0.19 s of CPU in every subgraph process's start); these few need 22
 * modules. The version is pinned in package.json, and class-validator.spec.ts proves each
 * is the very function the entry point exports, so an upgrade that moves a file fails a
 * test instead of a start. Import these from here, never from 'class-validator'.
 */
type Api = typeof ClassValidator;

export const { Length } = require('class-validator/cjs/decorator/string/Length') as Pick<Api, 'Length'>;
export const { Matches } = require('class-validator/cjs/decorator/string/Matches') as Pick<Api, 'Matches'>;
export const { ArrayMaxSize } = require('class-validator/cjs/decorator/array/ArrayMaxSize') as Pick<Api, 'ArrayMaxSize'>;
export const { getMetadataStorage } = require('class-validator/cjs/metadata/MetadataStorage') as Pick<Api, 'getMetadataStorage'>;
const { getFromContainer } = require('class-validator/cjs/container') as Pick<Api, 'getFromContainer'>;
const { Validator } = require('class-validator/cjs/validation/Validator') as Pick<Api, 'Validator'>;

/** class-validator's `validate(object, options)`, as its entry point defines it. */
export function validate(object: object, options?: ClassValidator.ValidatorOptions): Promise<ClassValidator.ValidationError[]> {
  return getFromContainer(Validator).validate(object, options);
}

export type { ValidationError } from 'class-validator';
