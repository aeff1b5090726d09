import type { SubgraphName } from '../../shared/config';

/**
 * The README's first query ("A first query"): one compound page reading fields of all
 * four stakeholders, which the outage tests send while one of them is down.
 */
export const FIRST_LOOK = `query FirstLook {
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

/** Which fields of a compound each non-root subgraph contributes (party resolves the rest, and the root). */
export const FIRST_LOOK_FIELDS: Partial<Record<SubgraphName, string[]>> = {
  committee: ['ownersCommittee'],
  property: ['serviceContracts'],
  enterprise: ['outlets'],
};

type Node = Record<string, unknown>;
export type FirstLookData = { compounds: { totalCount: number; edges: { node: Node }[] } };

/** The all-up answer with `name`'s fields null: what the rule promises while that subgraph is down. */
export function firstLookWithout(allUp: FirstLookData, name: SubgraphName): FirstLookData {
  const nulls = Object.fromEntries((FIRST_LOOK_FIELDS[name] ?? []).map((field) => [field, null]));
  return { compounds: { ...allUp.compounds, edges: allUp.compounds.edges.map((e) => ({ node: { ...e.node, ...nulls } })) } };
}

/** Whether the answer has something from each non-root stakeholder, so that comparing with it proves something. */
export function readsEveryStakeholder(allUp: FirstLookData): boolean {
  const nodes = allUp.compounds.edges.map((e) => e.node);
  const something = (value: unknown) => value !== null && !(Array.isArray(value) && value.length === 0);
  return Object.values(FIRST_LOOK_FIELDS).every((fields) => nodes.some((n) => fields.some((f) => something(n[f]))));
}
