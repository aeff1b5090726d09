import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { internalOperationCallers } from '../../shared/auth/internal-operation';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';
import '../../subgraphs';

/**
 * Who may call which internal operation, three ways that must agree: the
 * `@InternalOperation(...)` declarations, the calls the callers' `neighbours/` code
 * really makes, and the table in the README (section "Who may call which internal
 * operation"). An internal root field without a declaration fails here too.
 */
const root = repoRoot();

/** Root fields marked `@inaccessible` in each subgraph's printed SDL. */
function internalRootFields(name: SubgraphName): string[] {
  const document = parse(fs.readFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), 'utf8'));
  return document.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    ['Query', 'Mutation'].includes(definition.name.value)
      ? (definition.fields ?? []).filter((f) => f.directives?.some((d) => d.name.value === 'inaccessible')).map((f) => f.name.value)
      : [],
  );
}

/**
 * The code of a subgraph's `neighbours/`, with the shared modules it imports: a route
 * every sender shares (shared/notify/notify-event.ts's `notifyEventRoute`) makes its call
 * for each service whose relay carries it.
 */
function neighboursText(name: SubgraphName): string {
  const dir = path.join(root, 'subgraphs', name, 'neighbours');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => path.join(dir, f));
  const shared = files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)]
      .map((m) => path.resolve(dir, m[1]) + '.ts')
      .filter((target) => target.startsWith(path.join(root, 'shared') + path.sep) && fs.existsSync(target)),
  );
  return [...new Set([...files, ...shared])].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

const operations = SUBGRAPH_NAMES.flatMap((receiver) => internalRootFields(receiver).map((operation) => ({ receiver, operation })));

describe('internal operations and their callers', () => {
  it('declares the callers of every internal root field', () => {
    const declared = internalOperationCallers();
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.filter(({ operation }) => !declared.has(operation))).toEqual([]);
  });

  it('names as callers exactly the services whose neighbours/ code calls the operation', () => {
    const declared = internalOperationCallers();
    for (const { receiver, operation } of operations) {
      const calling = SUBGRAPH_NAMES.filter(
        (caller) => caller !== receiver && new RegExp(`\\b${operation}\\b`).test(neighboursText(caller)),
      );
      expect({ operation, callers: [...declared.get(operation)!].sort() }).toEqual({ operation, callers: calling.sort() });
    }
  });

  it('is the table in the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.split(/^### Who may call which internal operation$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
    const rows = [...section.matchAll(/^\| (\w+) \| `(\w+)` \| [^|]+ \| ([^|]+) \|$/gm)].map(([, receiver, operation, callers]) => ({
      receiver,
      operation,
      callers: callers.trim().startsWith('—') ? [] : callers.split(',').map((c) => c.trim()),
    }));
    const declared = internalOperationCallers();
    expect(rows).toEqual(operations.map(({ receiver, operation }) => ({ receiver, operation, callers: [...declared.get(operation)!] })));
  });
});
