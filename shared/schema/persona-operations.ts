import fs from 'node:fs';
import path from 'node:path';
import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from '../repo-root';

/**
 * The persona operations in `operations/<persona>/<operation>.graphql` (see
 * operations/README.md), read from the folder so that a new file is a new case of every
 * test that iterates over them. Each file holds one named query, the file named after it
 * (`MyCompound` in `my-compound.graphql`); anything else in the folder is refused here.
 */
export interface PersonaOperation {
  persona: string;
  /** Relative to the repository, e.g. `operations/resident/my-compound.graphql`. */
  file: string;
  name: string;
  source: string;
  document: DocumentNode;
  /** Variables the operation cannot run without (non-null, no default). */
  requiredVariables: string[];
}

export const OPERATIONS_DIR = path.join(repoRoot(), 'operations');

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function readOperation(persona: string, fileName: string): PersonaOperation {
  const file = path.posix.join('operations', persona, fileName);
  const refuse = (why: string) => new Error(`${file}: ${why}`);
  if (!fileName.endsWith('.graphql')) throw refuse('only .graphql operations belong in a persona folder');
  const source = fs.readFileSync(path.join(OPERATIONS_DIR, persona, fileName), 'utf8');
  const document = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw refuse(`holds ${operations.length} operations; one a file`);
  const [operation] = operations;
  if (operation.operation !== OperationTypeNode.QUERY) throw refuse(`is a ${operation.operation}; persona operations read`);
  const name = operation.name?.value;
  if (!name) throw refuse('the operation needs a name');
  if (`${kebab(name)}.graphql` !== fileName) throw refuse(`holds ${name}, so it should be named ${kebab(name)}.graphql`);
  const requiredVariables = (operation.variableDefinitions ?? [])
    .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
    .map((v) => v.variable.name.value);
  return { persona, file, name, source, document, requiredVariables };
}

/** GraphQL Code Generator's output for the front ends (`npm run codegen`): not a persona. */
export const TYPED_DIR = 'typed';

export function loadPersonaOperations(): PersonaOperation[] {
  const entries = fs.readdirSync(OPERATIONS_DIR, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const stray = entries.filter((e) => !e.isDirectory() && e.name !== 'README.md');
  if (stray.length) throw new Error(`operations/: ${stray.map((e) => e.name).join(', ')} outside a persona folder`);
  const operations = entries
    .filter((e) => e.isDirectory() && e.name !== TYPED_DIR)
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(OPERATIONS_DIR, dir.name))
        .sort()
        .map((fileName) => readOperation(dir.name, fileName)),
    );
  const names = operations.map((o) => o.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`operations/: names used twice: ${twice.join(', ')}`);
  return operations;
}
