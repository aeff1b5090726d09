import { randomUUID } from 'node:crypto';
import { internalOperationCallers } from '../../shared/auth/internal-operation';
import { READER_MUTATIONS } from '../../shared/auth/viewer';
import { SUBGRAPH_NAMES } from '../../shared/config';
import { demoCompound } from '../../shared/demo/manifest';
import { isPhoneField, textRuleFor } from '../../shared/validation';
import { mutationsUnderTest, MutationUnderTest, TextLeaf, withValueAt } from '../support/mutation-inputs';
import { sharedDemoStack } from '../support/shared-stack';
import type { GraphQLResult, Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';
import type { CreateWorkOrderInput } from '../typed/graphql';

const CompoundId = graphql(`
  query HostileInputCompoundId($id: ID!) {
    compound(id: $id) {
      id
    }
  }
`);

const CreateWorkOrder = graphql(`
  mutation HostileInputCreateWorkOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      id
    }
  }
`);

/**
 * Every table of the four databases, as a hash of its rows: equal before and after means
 * nothing was written. The ids of the service assertions a subgraph accepted (its replay
 * guard) are left out: a record of who called, not data a mutation wrote.
 */
async function databaseState(stack: Stack): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const tables: { t: string }[] = await stack.dataSources[name].query(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'seen_service_assertion'`,
    );
    for (const { t } of tables) {
      const [row] = await stack.dataSources[name].query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS h FROM "${t}" r`,
      );
      state[`${name}.${t}`] = `${row.n}:${row.h}`;
    }
  }
  return state;
}

/** Runs `jobs` a few at a time (the machine has two cores; the stack is in this process). */
async function inBatches<T>(jobs: (() => Promise<T>)[], size = 6): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
  return results;
}

describe('hostile input: every String and ID of every mutation', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const mutations = mutationsUnderTest();
  /** The four databases before the first hostile request; the last test compares. */
  let before: Record<string, string>;

  beforeAll(async () => {
    stack = await sharedDemoStack();
    tokens.admin = await tokenFor('admin');
    tokens.analyst = await tokenFor('analyst');
    before = await databaseState(stack);
  });

  /**
   * Public mutations go through the gateway as an admin (who passes every role check but
   * internal operations), so the input rules are what refuses; internal ones straight at
   * their subgraph as the service that may call them, as its hand-over relay does.
   */
  function send(
    mutation: MutationUnderTest,
    leaf: TextLeaf | undefined,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResult<Record<string, unknown>>> {
    // Documents built from the schema at run time: no generated type describes them.
    if (!mutation.internal && !leaf?.internal) return stack.queryText<Record<string, unknown>>(mutation.document, variables, tokens.admin);
    const caller = internalOperationCallers().get(mutation.name)?.[0];
    if (!caller) throw new Error(`${mutation.name} declares no caller`);
    return stack.callAs<Record<string, unknown>>(caller, mutation.subgraph, mutation.document, variables);
  }

  it('finds the mutations and their text inputs in the supergraph', () => {
    const leaves = mutations.flatMap((m) => m.leaves);
    expect(mutations.length).toBeGreaterThanOrEqual(100);
    expect(leaves.length).toBeGreaterThanOrEqual(290);
    expect(mutations.filter((m) => m.internal).map((m) => m.name)).toEqual(
      expect.arrayContaining(['applySettlementRebate', 'openWorkOrderFromReport', 'recordWorkOrderOutcome']),
    );
    const named = (mutation: string) => mutations.find((m) => m.name === mutation)!.leaves.map((l) => l.field);
    expect(named('createResident')).toEqual(expect.arrayContaining(['name', 'phone', 'householdId']));
    expect(named('recordFundIncome')).toEqual(expect.arrayContaining(['description', 'idempotencyKey']));
    expect(named('placeVegOrder')).toContain('lines[0].productId');
    expect(named('blowWhistle')).toEqual(expect.arrayContaining(['department', 'id', 'note']));
  });

  const hostile: [string, (leaf: TextLeaf) => string, RegExp][] = [
    ['a NUL', () => 'a\u0000b', /control characters|not a valid id/],
    ['a lone surrogate', () => 'a\ud800b', /not valid Unicode|not a valid id/],
    [
      'over-length text',
      (leaf) => (leaf.kind === 'ID' ? `${randomUUID()}0` : 'x'.repeat(textRuleFor(leaf.name).max + 1)),
      /must be at most \d+ characters|not a valid id/,
    ],
  ];

  it.each(hostile)('refuses %s in each of them with BAD_USER_INPUT naming the field', async (_what, value, reason) => {
    const cases = mutations.flatMap((mutation) => mutation.leaves.map((leaf) => ({ mutation, leaf })));
    const answers = await inBatches(
      cases.map(({ mutation, leaf }) => async () => {
        const result = await send(mutation, leaf, withValueAt(mutation.sample(), leaf.path, value(leaf)));
        const error = result.errors?.[0];
        return {
          at: `${mutation.name}: ${leaf.field}`,
          code: error?.extensions?.code,
          field: error?.extensions?.field,
          namesField: error?.message.startsWith(`${leaf.field} `),
          reason: reason.test(error?.message ?? ''),
          short: JSON.stringify(result).length < 600,
          data: result.data?.[mutation.name] ?? null,
        };
      }),
    );
    const expected = cases.map(({ mutation, leaf }) => ({
      at: `${mutation.name}: ${leaf.field}`,
      code: 'BAD_USER_INPUT',
      field: leaf.field,
      namesField: true,
      reason: true,
      short: true,
      data: null,
    }));
    expect(answers).toEqual(expected);
  });

  it("answers an analyst FORBIDDEN for every mutation but the reader's (READER_MUTATIONS), whatever the input", async () => {
    const publicMutations = mutations.filter((m) => !m.internal && !READER_MUTATIONS.includes(m.name));
    const answers = await inBatches(
      publicMutations.map((mutation) => async () => {
        const garbage = mutation.leaves.reduce((vars, leaf) => withValueAt(vars, leaf.path, 'x\u0000'.repeat(5000)), mutation.sample());
        const result = await stack.queryText(mutation.document, garbage, tokens.analyst);
        return `${mutation.name}: ${result.errors?.[0]?.extensions?.code}`;
      }),
    );
    expect(answers).toEqual(publicMutations.map((m) => `${m.name}: FORBIDDEN`));
  });

  it('answers an analyst FORBIDDEN even when the variables are of the wrong type or missing (checked before any resolver runs)', async () => {
    const publicMutations = mutations.filter((m) => !m.internal && !READER_MUTATIONS.includes(m.name));
    const answers = await inBatches(
      publicMutations.map((mutation) => async () => {
        const result = await stack.queryText(mutation.document, {}, tokens.analyst);
        return `${mutation.name}: ${result.status} ${JSON.stringify(result.errors)}`;
      }),
    );
    const refusal = JSON.stringify([{ message: 'Read-only roles (analyst) cannot change anything', extensions: { code: 'FORBIDDEN' } }]);
    expect(answers).toEqual(publicMutations.map((m) => `${m.name}: 200 ${refusal}`));
    // The same at a subgraph, for a caller that bypasses the gateway's refusal.
    const first = publicMutations.find((m) => m.subgraph === 'property') ?? publicMutations[0];
    const direct = await stack.querySubgraph(first.subgraph, first.document, {}, tokens.analyst);
    expect(direct.errors).toEqual(JSON.parse(refusal));
  });

  it('holds every phone field to one rule: a mainland mobile or a landline with its area code', async () => {
    const phones = mutations.flatMap((mutation) => mutation.leaves.filter((l) => isPhoneField(l.name)).map((leaf) => ({ mutation, leaf })));
    expect(phones.map(({ mutation, leaf }) => `${mutation.name}: ${leaf.field}`)).toEqual(
      expect.arrayContaining([
        'createResident: phone',
        'updateResident: phone',
        'createWorkOrder: contactPhone',
        'recordAfterHoursIntake: callerPhone',
      ]),
    );
    for (const bad of ['abc', '12345678901', '1380013800', '+14155550100', '010-123']) {
      const answers = await inBatches(
        phones.map(({ mutation, leaf }) => async () => {
          const result = await send(mutation, leaf, withValueAt(mutation.sample(), leaf.path, bad));
          return {
            at: `${mutation.name}: ${leaf.field}`,
            code: result.errors?.[0]?.extensions?.code,
            field: result.errors?.[0]?.extensions?.field,
          };
        }),
      );
      expect(answers).toEqual(
        phones.map(({ mutation, leaf }) => ({ at: `${mutation.name}: ${leaf.field}`, code: 'BAD_USER_INPUT', field: leaf.field })),
      );
    }
  });

  describe('errors quote at most a short excerpt of the input', () => {
    const compoundId = demoCompound('liulang-dongyuan').id;
    const order = (extra: Partial<CreateWorkOrderInput> = {}): CreateWorkOrderInput => ({
      compoundId,
      kind: 'COMMON_AREA',
      areaKey: 'lobby',
      category: 'PLUMBING',
      priority: 'NORMAL',
      description: 'Lobby tap leaks',
      contactName: '张秀英',
      contactPhone: '13912345678',
      ...extra,
    });

    it('a 900 kB id comes back as its first characters', async () => {
      const id = `${'7'.repeat(900_000)}-tail`;
      const query = await stack.query(CompoundId, { id }, tokens.admin);
      expect(query.errors).toEqual([
        { message: `id is not a valid id: "${'7'.repeat(20)}…"`, path: ['compound'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } },
      ]);
      const mutation = await stack.query(CreateWorkOrder, { input: order({ compoundId: id }) }, tokens.admin);
      expect(mutation.errors![0]).toMatchObject({
        message: `compoundId is not a valid id: "${'7'.repeat(20)}…"`,
        extensions: { field: 'compoundId' },
      });
      expect(JSON.stringify(mutation).length).toBeLessThan(400);
    });

    it('a class-validator refusal names the field, without the value or the input object', async () => {
      const result = await stack.query(CreateWorkOrder, { input: order({ contactName: '张'.repeat(101) }) }, tokens.admin);
      expect(result.errors).toEqual([
        {
          message: 'contactName must be shorter than or equal to 100 characters',
          path: ['createWorkOrder'],
          extensions: { code: 'BAD_USER_INPUT', field: 'contactName' },
        },
      ]);
    });

    it('variable errors say where and why, never the value or the input object with its name and phone', async () => {
      // Variables the typed document would not take (a missing field, a value of the wrong type), on purpose: sent as text.
      const createText = CreateWorkOrder.toString();
      const missing = await stack.queryText(createText, { input: { ...order(), kind: undefined } }, tokens.admin);
      expect(missing.errors!.map((e) => e.message)).toEqual([
        'Variable "$input" got an invalid value; Field "kind" of required type "WorkOrderKind!" was not provided.',
      ]);
      const badEnum = await stack.queryText(createText, { input: { ...order(), kind: 'K'.repeat(100_000) } }, tokens.admin);
      expect(badEnum.errors!.map((e) => e.message)).toEqual([
        `Variable "$input" got an invalid value at "input.kind"; Value "${'K'.repeat(60)}…" does not exist in "WorkOrderKind" enum.`,
      ]);
      const wrongScalar = await stack.queryText(
        createText,
        { input: { ...order(), priority: 'NORMAL', category: { name: '张秀英', phone: '13912345678' } } },
        tokens.admin,
      );
      expect(wrongScalar.errors!.map((e) => e.message)).toEqual([
        'Variable "$input" got an invalid value at "input.category"; Enum "WorkOrderCategory" cannot represent non-string value.',
      ]);
      const notAnInt = await stack.queryText(
        'query($n: Int) { compounds(first: $n) { totalCount } }',
        { n: '9'.repeat(100_000) },
        tokens.admin,
      );
      expect(notAnInt.errors!.map((e) => e.message)).toEqual([
        'Variable "$n" got an invalid value; Int cannot represent non-integer value.',
      ]);
      for (const result of [missing, badEnum, wrongScalar, notAnInt]) {
        expect(result.status).toBe(400);
        expect(JSON.stringify(result)).not.toMatch(/张秀英|13912345678|Lobby tap/);
        expect(JSON.stringify(result).length).toBeLessThan(600);
      }
    });
  });

  it('wrote nothing in any of the four databases', async () => {
    expect(await databaseState(stack)).toEqual(before);
  });
});
