import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print, validate, type GraphQLSchema } from 'graphql';
import { apiSchemaOf } from '../../shared/schema/compose';
import { repoRoot } from '../../shared/repo-root';
import { loadPersonaOperations } from '../../shared/schema/persona-operations';
import * as typed from '../../operations/typed/graphql';

/**
 * Issue 12, point 3: the persona operations of operations/ are valid against the API
 * schema of the committed supergraph (what the gateway serves), and each has its
 * generated typed document (`npm run codegen`) with exactly its text, so a front end that
 * imports `<Name>Document` sends what this repository tests.
 */
describe('persona operations against the supergraph', () => {
  let api: GraphQLSchema;
  const operations = loadPersonaOperations();
  const typedDocuments = typed as unknown as Record<string, { toString(): string } | undefined>;

  beforeAll(() => {
    api = buildSchema(apiSchemaOf(fs.readFileSync(path.join(repoRoot(), 'supergraph.graphql'), 'utf8')));
  });

  it('are all there: every persona has operations', () => {
    expect(new Set(operations.map((o) => o.persona))).toEqual(
      new Set(['analyst', 'committee', 'enterprise-desk', 'grid-worker', 'property-desk', 'resident']),
    );
  });

  it.each(operations.map((o) => [o.file, o] as const))('%s validates against the API schema', (_file, operation) => {
    expect(validate(api, operation.document).map((e) => e.message)).toEqual([]);
  });

  it.each(operations.map((o) => [o.file, o] as const))('%s has its generated typed document, text for text', (_file, operation) => {
    const document = typedDocuments[`${operation.name}Document`];
    expect(document && print(parse(document.toString()))).toBe(print(operation.document));
  });

  it('would refuse an operation the schema does not serve (the control)', () => {
    const [first] = operations;
    const broken = parse(first.source.replace(/\{/, '{ noSuchField '));
    expect(validate(api, broken).map((e) => e.message)).toEqual([
      expect.stringMatching(/^Cannot query field "noSuchField" on type "Query"\./),
    ]);
  });
});
