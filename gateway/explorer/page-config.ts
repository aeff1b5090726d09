/**
 * What the gateway tells the explorer page (embedded in it as JSON). Types only: the
 * gateway (gateway/explorer/) and the browser code (gateway/explorer/app/) both read it.
 */
export interface ExplorerPageConfig {
  /** Where the page posts GraphQL (the page's own path). */
  graphqlPath: string;
  /** Where the page's scripts, styles and editor workers are served. */
  assetsPath: string;
  /** The first tab's operation when the browser has none stored. */
  defaultQuery?: string;
  /** Development only: the role picker, the persona operations and Apollo Sandbox. */
  dev?: ExplorerDevConfig;
}

export type ScopeKind = 'compound' | 'company' | 'enterprise';

export interface ScopeChoice {
  id: string;
  name: string;
  nameZh: string;
}

export interface RoleGrantChoice {
  role: string;
  compoundId?: string;
  communityId?: string;
  companyId?: string;
  enterpriseId?: string;
}

/** A front end's user as the demo has one: who sends that persona's operations. */
export interface PersonaChoice {
  key: string;
  grants: RoleGrantChoice[];
  residentId?: string;
}

export interface PersonaOperationChoice {
  persona: string;
  name: string;
  /** Relative to the repository, e.g. `operations/resident/my-compound.graphql`. */
  file: string;
  source: string;
  variables: Record<string, unknown>;
}

export interface ExplorerDevConfig {
  /** POST here `{ roles, residentId? }` or `{ persona }`; the answer is `{ token }`. */
  tokenPath: string;
  /** Every user role and the scope it is granted in (none for analyst and admin). */
  roles: { role: string; scope?: ScopeKind }[];
  scopes: Record<ScopeKind, ScopeChoice[]>;
  personas: PersonaChoice[];
  operations: PersonaOperationChoice[];
  /** Apollo Sandbox, which the browser loads from Apollo's CDN. */
  sandboxUrl: string;
}

/** The id of the `<script type="application/json">` element holding the config. */
export const PAGE_CONFIG_ELEMENT = 'explorer-config';
