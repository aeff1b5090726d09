import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchemaOf } from './shared/schema/compose';

/**
 * GraphQL Code Generator (`npm run codegen`; `npm test` runs it with `--check`, so the
 * committed types never lag behind an operation or the schema). Every document is
 * validated against the API schema of the committed supergraph — what the gateway serves
 * — and typed as a `TypedDocumentString`:
 * - `operations/typed/`: the persona operations of `operations/**\/*.graphql`, for the
 *   front ends (e.g. `import { MyCompoundDocument } from 'operations/typed/graphql'`);
 * - `test/typed/`: every `graphql(\`…\`)` document of the tests that go through the gateway.
 */
const schema = apiSchemaOf(fs.readFileSync('supergraph.graphql', 'utf8'));

/** Result types as a client sees them: every field present (`T | null`, never optional), enums as string unions. */
const config: CodegenConfig['config'] = {
  documentMode: 'string',
  enumsAsTypes: true,
  skipTypename: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  strictScalars: true,
  // Fen: the server takes a decimal string or a safe integer, and answers a string.
  scalars: { DateTimeISO: 'string', LocalDate: 'string', Fen: { input: 'string | number', output: 'string' } },
};

const codegen: CodegenConfig = {
  schema,
  ignoreNoDocuments: false,
  generates: {
    'operations/typed/': {
      preset: 'client',
      documents: ['operations/**/*.graphql'],
      presetConfig: { fragmentMasking: false },
      config,
    },
    'test/typed/': {
      preset: 'client',
      documents: ['test/**/*.ts', '!test/typed/**'],
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
