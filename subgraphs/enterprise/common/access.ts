import type { Viewer } from '../../../shared/auth/viewer';
import { forbidden } from '../../../shared/errors';

/**
 * Who reads the money records of revenue sharing: the enterprise's staff, the property
 * company's staff, the compound's committee members (their rebates), analysts, admins
 * and services. As SQL so a list is filtered in the database, not after paging.
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

/** A WHERE fragment (with its parameters) restricting `alias` rows to the scope. */
export function revenueScopeSql(scope: PartyScope, alias: string): { sql: string; params: Record<string, unknown> } {
  if (scope.all) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.enterprise_id = ANY(:scopeEnterprises) OR ${alias}.property_company_id = ANY(:scopeCompanies) OR ${alias}.compound_id = ANY(:scopeCompounds))`,
    params: { scopeEnterprises: scope.enterpriseIds, scopeCompanies: scope.companyIds, scopeCompounds: scope.compoundIds },
  };
}

/** Writes to an enterprise's data: its own staff, or an admin. */
export function assertEnterpriseWriter(viewer: Viewer, enterpriseId: string): void {
  if (!viewer.canActForEnterprise(enterpriseId, 'enterprise_staff')) throw forbidden("Only this enterprise's staff may do this");
}
