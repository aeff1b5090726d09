import type { SubgraphName } from '../../shared/config';
import { startStack, type Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';

/**
 * The nullability rule at work (README, "Schema changes"): with any one subgraph other
 * than the root's down, the README's first query still returns every other
 * stakeholder's fields exactly as with all four up; the missing stakeholder's fields are
 * null, each with a SERVICE_UNAVAILABLE error naming the service. The subgraph is
 * stopped for real (its HTTP service closed), then started again.
 */
const FIRST_LOOK = `query FirstLook {
  compounds(first: 3) {
    totalCount
    edges {
      node {
        name
        nameZh
        buildings { number }
        ownersCommittee { name }
        serviceContracts { company { name } startsOn }
        outlets { kind name enterprise { name } }
      }
    }
  }
}`;

/** Which fields of a compound each non-root subgraph contributes. */
const CONTRIBUTES: Partial<Record<SubgraphName, string[]>> = {
  committee: ['ownersCommittee'],
  property: ['serviceContracts'],
  enterprise: ['outlets'],
};

type Node = Record<string, unknown>;
type Answer = { compounds: { totalCount: number; edges: { node: Node }[] } };

describe('one stakeholder down: the others’ data still arrives', () => {
  let stack: Stack;
  let token: string;
  let allUp: Answer;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    token = await tokenFor('analyst');
    const result = await stack.query<Answer>(FIRST_LOOK, {}, token);
    expect(result.errors).toBeUndefined();
    allUp = result.data!;
    // The demo answers something from every stakeholder, or the comparison proves nothing.
    const nodes = allUp.compounds.edges.map((e) => e.node);
    for (const fields of Object.values(CONTRIBUTES)) expect(nodes.some((n) => fields.some((f) => n[f] !== null))).toBe(true);
  });
  afterAll(() => stack.stop());

  it.each(Object.entries(CONTRIBUTES))('with %s down, its fields are null and coded, everything else as before', async (name, fields) => {
    await stack.stopSubgraph(name as SubgraphName);
    try {
      const result = await stack.query<Answer>(FIRST_LOOK, {}, token);
      const expected = {
        compounds: {
          ...allUp.compounds,
          edges: allUp.compounds.edges.map((e) => ({ node: { ...e.node, ...Object.fromEntries(fields.map((f) => [f, null])) } })),
        },
      };
      expect(result.data).toEqual(expected);
      expect(result.errors?.length).toBeGreaterThan(0);
      // The gateway reports a failed fetch once, without a path; its fields are the nulls above.
      for (const error of result.errors!) expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: name });
    } finally {
      await stack.startSubgraph(name as SubgraphName);
    }
    expect((await stack.query<Answer>(FIRST_LOOK, {}, token)).data).toEqual(allUp);
  });

  it('with the root’s own subgraph (party) down, the answer is one coded error', async () => {
    await stack.stopSubgraph('party');
    try {
      const result = await stack.query(FIRST_LOOK, {}, token);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'party' });
    } finally {
      await stack.startSubgraph('party');
    }
  });
});
