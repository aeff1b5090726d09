import type { ServiceName } from '../config';

/** Roles of DESIGN.md's Access section. */
export const ROLES = [
  'resident',
  'owner',
  'party_member',
  'volunteer',
  'grid_worker',
  'party_secretary',
  'committee_member',
  'property_staff',
  'enterprise_staff',
  'analyst',
  'admin',
  'service',
] as const;
export type Role = (typeof ROLES)[number];

/** The roles a user token may carry: `service` comes only from a service's signed assertion. */
export const USER_ROLES = ROLES.filter((role) => role !== 'service');

/** Roles that read and never write: a caller holding only these is refused every mutation. */
export const READ_ONLY_ROLES: readonly Role[] = ['analyst'];

/**
 * The mutations a read-only caller may still call: they change nothing anyone else reads,
 * only what the caller needs to read (a push-stream ticket, since a browser's EventSource
 * cannot send the Authorization header).
 */
export const READER_MUTATIONS: readonly string[] = ['createStreamTicket'];

/** One role, optionally scoped to a compound, a community, a property company or an enterprise. */
export interface RoleGrant {
  role: Role;
  compoundId?: string;
  /** A community (社区), e.g. a Party secretary of the community's Party organisation. */
  communityId?: string;
  companyId?: string;
  enterpriseId?: string;
}

/** The scope claims a grant may carry (each an id, compared lower-cased). */
export const GRANT_SCOPES = ['compoundId', 'communityId', 'companyId', 'enterpriseId'] as const;

export interface TokenClaims {
  sub: string;
  name?: string;
  roles: RoleGrant[];
  residentId?: string;
}

/**
 * The caller of one request, as the verified token says. Every access rule asks this
 * object, so root fields, field resolvers and entity resolution share one answer.
 */
export class Viewer {
  constructor(
    readonly claims: TokenClaims,
    /** Set when the caller is another Doorstep service (its assertion verified), not a person. */
    readonly service?: ServiceName,
  ) {}

  /** Another service calling this one, e.g. a relay or a write-time look-up. */
  static forService(service: ServiceName): Viewer {
    return new Viewer({ sub: `service:${service}`, name: service, roles: [{ role: 'service' }] }, service);
  }

  get id(): string {
    return this.claims.sub;
  }

  get residentId(): string | undefined {
    return this.claims.residentId;
  }

  get isAdmin(): boolean {
    return this.hasRole('admin');
  }

  get isService(): boolean {
    return this.service !== undefined;
  }

  /** Analysts read everything, but never personal data. */
  get isAnalyst(): boolean {
    return this.hasRole('analyst');
  }

  /** Holds only read-only roles (an analyst), so may call no mutation. */
  get readsOnly(): boolean {
    return this.claims.roles.length > 0 && this.claims.roles.every((g) => READ_ONLY_ROLES.includes(g.role));
  }

  hasRole(...roles: Role[]): boolean {
    return this.claims.roles.some((g) => roles.includes(g.role));
  }

  grants(...roles: Role[]): RoleGrant[] {
    return this.claims.roles.filter((g) => roles.includes(g.role));
  }

  /** Compounds where the viewer holds one of `roles`. */
  compoundsWith(...roles: Role[]): string[] {
    return this.grants(...roles).flatMap((g) => (g.compoundId ? [g.compoundId] : []));
  }

  /** Admin anywhere, or one of `roles` scoped to this compound. */
  canActInCompound(compoundId: string, ...roles: Role[]): boolean {
    if (this.isAdmin) return true;
    return this.grants(...roles).some((g) => g.compoundId === compoundId);
  }

  canActForCompany(companyId: string, ...roles: Role[]): boolean {
    if (this.isAdmin) return true;
    return this.grants(...roles).some((g) => g.companyId === companyId);
  }

  canActForEnterprise(enterpriseId: string, ...roles: Role[]): boolean {
    if (this.isAdmin) return true;
    return this.grants(...roles).some((g) => g.enterpriseId === enterpriseId);
  }

  /** Who may read a person's name, phone and birth date: the person, admins and services. */
  seesPersonalDataOf(residentId: string | null | undefined): boolean {
    if (this.isAdmin || this.isService) return true;
    return !!residentId && residentId === this.residentId;
  }

  /** What a write records as its author. */
  get actor(): string {
    return this.claims.sub;
  }
}
