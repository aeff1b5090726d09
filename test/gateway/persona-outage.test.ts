import fs from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';
import { STAKEHOLDER_NAMES, SUBGRAPH_NAMES } from '../../shared/config';
import { repoRoot } from '../../shared/repo-root';
import { DEMO_OPERATION_VARIABLES, DEMO_PERSONAS } from '../../shared/demo/personas';
import { InternalClient } from '../../shared/handover/internal-client';
import { enterpriseRelay } from '../../subgraphs/enterprise/neighbours/neighbours.module';
import {
  expectDuringOutage,
  graphsAnswering,
  graphsTouched,
  othersLost,
  planOperation,
  type JsonObject,
} from '../support/outage-expectation';
import { loadPersonaOperations, type PersonaOperation } from '../../shared/schema/persona-operations';
import { startStack, type GraphQLResult, type Stack } from '../support/stack';
import { tokenWith } from '../support/tokens';

/**
 * The promise of DESIGN.md ("one stakeholder's outage never takes another's data with
 * it"), held by the operations the front ends really send (operations/README.md): every
 * operation of every persona runs with all four subgraphs up, then with each subgraph
 * stopped for real in turn. The answer must be the all-up answer with exactly the stopped
 * subgraph's fields null (derived from the supergraph's join directives, not listed per
 * operation), every error SERVICE_UNAVAILABLE naming it, and nothing of the other
 * subgraphs lost; started again, the all-up answer comes back.
 */

const operations = loadPersonaOperations().map((op) => ({ ...op, plan: planOperation(op.document) }));

describe('persona operations with one stakeholder down', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const allUp = new Map<string, GraphQLResult<JsonObject>>();

  const run = (op: PersonaOperation): Promise<GraphQLResult<JsonObject>> =>
    stack.queryText<JsonObject>(op.source, DEMO_OPERATION_VARIABLES[op.name] ?? {}, tokens[op.persona]);
  const runAll = () => Promise.all(operations.map(run));

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    // As `npm start` shows the demo: the enterprise's relay has delivered the settlements'
    // rebates to the committee's fund, so a rebate's fund entry and an entry's settlement
    // cross between the two.
    await enterpriseRelay(stack.dataSources.enterprise, stack.clock, new InternalClient('enterprise', stack.directory)).runOnce();
    for (const [persona, { grants, residentId }] of Object.entries(DEMO_PERSONAS))
      tokens[persona] = await tokenWith(grants, { residentId, sub: `persona:${persona}` });
    (await runAll()).forEach((result, i) => allUp.set(operations[i].name, result));
  });
  afterAll(() => stack.stop());

  it('knows the persona of every operation and the variables it needs', () => {
    expect(operations.length).toBeGreaterThan(0);
    const problems = operations.flatMap((op) => [
      ...(DEMO_PERSONAS[op.persona] ? [] : [`${op.file}: persona ${op.persona} missing from shared/demo/personas.ts`]),
      ...op.requiredVariables
        .filter((v) => DEMO_OPERATION_VARIABLES[op.name]?.[v] === undefined)
        .map((v) => `${op.file}: no value for $${v}`),
    ]);
    const stale = Object.keys(DEMO_OPERATION_VARIABLES).filter((name) => !operations.some((op) => op.name === name));
    expect([...problems, ...stale.map((name) => `variables for ${name}, which no file holds`)]).toEqual([]);
    // Every persona reads something of every stakeholder across its operations (notify is
    // the street office's platform, not a stakeholder: no persona operation needs it yet).
    for (const persona of Object.keys(DEMO_PERSONAS)) {
      const touched = new Set(
        operations
          .filter((op) => op.persona === persona)
          .flatMap((op) => [...graphsTouched(op.plan)])
          .filter((n) => (STAKEHOLDER_NAMES as readonly string[]).includes(n)),
      );
      expect({ persona, touched: [...touched].sort() }).toEqual({ persona, touched: [...STAKEHOLDER_NAMES].sort() });
    }
  });

  it('lists every operation in operations/README.md with the subgraphs it reads', () => {
    const readme = fs.readFileSync(path.join(repoRoot(), 'operations', 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| ([\w-]+) \| \[(\w+)\]\(([\w/.-]+)\) \| .+ \| ([a-z, ]+) \|$/gm)].map((m) => ({
      file: `operations/${m[3]}`,
      row: `${m[1]} ${m[2]}: ${m[4]}`,
    }));
    const derived = operations.map((op) => ({
      file: op.file,
      row: `${op.persona} ${op.name}: ${SUBGRAPH_NAMES.filter((n) => graphsTouched(op.plan).has(n)).join(', ')}`,
    }));
    const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
    expect(rows.sort(byFile)).toEqual(derived.sort(byFile));
  });

  it('holds the README’s first query as the analyst’s FirstLook', () => {
    const readme = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
    const firstLook = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).find((q) => /query FirstLook\b/.test(q));
    const op = operations.find((o) => o.name === 'FirstLook');
    expect(op?.file).toBe('operations/analyst/first-look.graphql');
    expect(print(op!.document)).toBe(print(parse(firstLook!)));
  });

  it('answers every operation with all four up, with data from every subgraph it reads', () => {
    for (const op of operations) {
      const result = allUp.get(op.name)!;
      expect({ operation: op.file, errors: result.errors }).toEqual({ operation: op.file, errors: undefined });
      // A subgraph that gives the operation nothing would prove nothing when it is stopped.
      expect({ operation: op.file, answering: [...graphsAnswering(op.plan, result.data!)].sort() }).toEqual({
        operation: op.file,
        answering: [...graphsTouched(op.plan)].sort(),
      });
    }
  });

  it.each(SUBGRAPH_NAMES)('with %s stopped: its fields null and coded, every other subgraph’s data exactly as before', async (stopped) => {
    await stack.stopSubgraph(stopped);
    let results: GraphQLResult<JsonObject>[];
    try {
      results = await runAll();
    } finally {
      await stack.startSubgraph(stopped);
    }
    // One comparison over all operations, so a failure shows every operation it concerns.
    const wanted = operations.map((op) => {
      const data = expectDuringOutage(op.plan, allUp.get(op.name)!.data!, stopped);
      const coded = { code: 'SERVICE_UNAVAILABLE', serviceName: stopped };
      return {
        operation: op.file,
        data,
        // Nothing of the other subgraphs goes with the stopped one.
        lost: [],
        // With the root's own subgraph down the answer is one coded error; otherwise each failed
        // fetch is reported, and an operation that reads nothing of the stopped subgraph has none.
        errors: graphsTouched(op.plan).has(stopped) ? [coded] : [],
      };
    });
    const received = operations.map((op, i) => {
      const data = results[i].data ?? null;
      const errors = (results[i].errors ?? []).map((e) => JSON.stringify(e.extensions));
      return {
        operation: op.file,
        data,
        lost: othersLost(op.plan, allUp.get(op.name)!.data!, data, stopped),
        errors: (data === null ? errors : [...new Set(errors)]).map((e) => JSON.parse(e)),
      };
    });
    expect(received).toEqual(wanted);
    // Started again, every operation answers as it did before the outage.
    const back = await runAll();
    expect(back.map((result, i) => ({ operation: operations[i].file, result }))).toEqual(
      operations.map((op) => ({ operation: op.file, result: allUp.get(op.name) })),
    );
  });
});
