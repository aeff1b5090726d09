import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { buildSchema, parse } from 'graphql';
import ts from 'typescript';
import { apiSchemaOf } from '../shared/schema/compose';
import { repoRoot } from '../shared/repo-root';

/**
 * `npm run codegen` (`-- --check` in `npm test`): typed documents by GraphQL Code
 * Generator's client preset, validated against the API schema of the committed
 * supergraph (what the gateway serves). Two outputs:
 * - `operations/typed/`: the persona operations (`operations/<persona>/*.graphql`), for
 *   front ends (`MyCompoundDocument`, `MyCompoundQuery`, `MyCompoundQueryVariables`);
 * - `test/typed/`: every `graphql(\`…\`)` document of the tests, for `stack.query`.
 * It drives @graphql-codegen/core and the preset itself instead of the CLI, whose
 * loaders (URLs, GitHub, Prisma…) need Node 22 while this project supports Node 20.
 * With `--check` nothing is written: it fails, naming the stale files, when the committed
 * output is not what the documents and the schema give now.
 */
const root = repoRoot();

/** Result types as a client sees them: every field present (`T | null`, never optional), enums as string unions. */
const CONFIG = {
  documentMode: 'string',
  enumsAsTypes: true,
  skipTypename: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  strictScalars: true,
  // Fen: the server takes a decimal string or a safe integer, and answers a string.
  scalars: { DateTimeISO: 'string', LocalDate: 'string', Fen: { input: 'string | number', output: 'string' } },
  emitLegacyCommonJSImports: true,
  importExtension: '',
};

function filesUnder(dir: string, suffix: string, skip: string[] = []): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(full) ? [] : filesUnder(full, suffix, skip);
      return entry.name.endsWith(suffix) ? [full] : [];
    });
}

/** Each `graphql(\`…\`)` call's text in a TypeScript file: the document the generated overloads are keyed by. */
function documentsInCode(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'graphql') {
      const [text] = node.arguments;
      if (!text || !ts.isNoSubstitutionTemplateLiteral(text))
        throw new Error(`${path.relative(root, file)}: graphql() takes one template literal without \${…}; use a fragment or a variable`);
      found.push(text.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function documentFile(location: string, rawSDL: string): Types.DocumentFile {
  try {
    return { location: path.relative(root, location), rawSDL, document: parse(rawSDL) };
  } catch (error) {
    throw new Error(`${path.relative(root, location)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

const OUTPUTS: { dir: string; documents: () => Types.DocumentFile[] }[] = [
  {
    dir: 'operations/typed/',
    documents: () => filesUnder(path.join(root, 'operations'), '.graphql').map((file) => documentFile(file, fs.readFileSync(file, 'utf8'))),
  },
  {
    dir: 'test/typed/',
    documents: () =>
      filesUnder(path.join(root, 'test'), '.ts', [path.join(root, 'test', 'typed')]).flatMap((file) =>
        documentsInCode(file).map((text) => documentFile(file, text)),
      ),
  },
];

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const sdl = apiSchemaOf(fs.readFileSync(path.join(root, 'supergraph.graphql'), 'utf8'));
  const schemaAst = buildSchema(sdl);
  const schema = parse(sdl);
  const stale: string[] = [];
  for (const output of OUTPUTS) {
    const documents = output.documents();
    const files = await preset.buildGeneratesSection({
      baseOutputDir: output.dir,
      presetConfig: { fragmentMasking: false },
      plugins: [],
      pluginMap: {},
      schema,
      schemaAst,
      documents,
      config: CONFIG,
      documentTransforms: [],
    });
    for (const file of files) {
      const content = await codegen({ ...file, pluginContext: {} });
      const target = path.join(root, file.filename);
      const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
      if (current === content) continue;
      if (check) stale.push(file.filename);
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
        console.log(`wrote ${file.filename}`);
      }
    }
  }
  if (stale.length) {
    console.error(`Stale generated files (run npm run codegen and commit them):\n${stale.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  if (check) console.log('✓ The typed documents are up to date.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
