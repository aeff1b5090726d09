/** The dashboard: 13 compounds with something from every stakeholder (one party fetch, four entity fetches). */
export const FAN_OUT = `{ compounds(first: 13) { edges { node { name buildings { number } ownersCommittee { name } serviceContracts { company { name } } outlets { name } } } } }`;

/** The same compounds from the party subgraph alone. */
export const PARTY_ONLY = `{ compounds(first: 13) { edges { node { name buildings { number } } } } }`;
