import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { Viewer } from '../../../shared/auth/viewer';
import { forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';

/**
 * Who reads the money records of revenue sharing: the enterprise's staff, the property
 * company's staff, the compound's committee members (their rebates), analysts, admins
 * and services. As SQL too, so a list is filtered in the database, not after paging.
 */
export interface PartyScope {
  all: boolean;
  enterpriseIds: string[];
  companyIds: string[];
  compoundIds: string[];
}

export function revenueReadScope(viewer: Viewer): PartyScope {
  const all = viewer.isAdmin || viewer.isService || viewer.isAnalyst;
  return {
    all,
    enterpriseIds: viewer.grants('enterprise_staff').flatMap((g) => (g.enterpriseId ? [g.enterpriseId] : [])),
    companyIds: viewer.grants('property_staff').flatMap((g) => (g.companyId ? [g.companyId] : [])),
    compoundIds: viewer.grants('committee_member').flatMap((g) => (g.compoundId ? [g.compoundId] : [])),
  };
}

export interface PartyOwned {
  enterpriseId: string;
  propertyCompanyId: string;
  compoundId: string;
}

export function canReadRevenueRecord(viewer: Viewer, row: PartyOwned): boolean {
  const scope = revenueReadScope(viewer);
  return (
    scope.all ||
    scope.enterpriseIds.includes(row.enterpriseId) ||
    scope.companyIds.includes(row.propertyCompanyId) ||
    scope.compoundIds.includes(row.compoundId)
  );
}

/** Restricts `alias` rows of a list to the scope (named parameters, for a query builder). */
export function whereInRevenueScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: PartyScope, alias: string): void {
  if (scope.all) {
    qb.where('TRUE');
    return;
  }
  qb.where(
    `(${alias}.enterprise_id = ANY(:scopeEnterprises) OR ${alias}.property_company_id = ANY(:scopeCompanies) OR ${alias}.compound_id = ANY(:scopeCompounds))`,
    { scopeEnterprises: scope.enterpriseIds, scopeCompanies: scope.companyIds, scopeCompounds: scope.compoundIds },
  );
}

/** Writes to an enterprise's data: its own staff, or an admin. */
export function assertEnterpriseWriter(viewer: Viewer, enterpriseId: string): void {
  if (!viewer.canActForEnterprise(enterpriseId, 'enterprise_staff')) throw forbidden("Only this enterprise's staff may do this");
}

/** An outlet's own books (purchases, orders, meals, sales...): its enterprise's staff, analysts and admins. */
export function assertBooksReader(viewer: Viewer, enterpriseId: string, refusal: string): void {
  if (!(viewer.isAnalyst || viewer.canActForEnterprise(enterpriseId, 'enterprise_staff'))) throw forbidden(refusal);
}

/** The signed-in resident, for "my orders": FORBIDDEN when the token names none. */
export function ownResidentId(ctx: RequestContext): string {
  const residentId = requireViewer(ctx).residentId;
  if (!residentId) throw forbidden('The token names no resident');
  return residentId;
}

/** The signed-in resident, for "my meals" and "my purchases": a token without one matches nobody's records. */
export function ownResidentIdOrNone(ctx: RequestContext): string {
  return requireViewer(ctx).residentId ?? '00000000-0000-0000-0000-000000000000';
}
