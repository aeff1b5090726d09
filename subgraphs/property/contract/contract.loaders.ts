import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { ContractZone } from './contract-zone.entity';
import { ServiceContract } from './service-contract.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

/** A compound's contracts: one statement for every compound of a page. */
export function contractsByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'contractsByCompound', ServiceContract, 'compoundId', { startsOn: 'ASC', id: 'ASC' });
}

/** A company's contracts, oldest first. */
export function contractsByCompany(ctx: RequestContext) {
  return groupedLoader(ctx, 'contractsByCompany', ServiceContract, 'companyId', { startsOn: 'ASC', id: 'ASC' });
}

export function contractById(ctx: RequestContext) {
  return byIdLoader(ctx, 'contractById', ServiceContract);
}

/** The zones of each contract of a page, in one statement. */
export function zonesByContract(ctx: RequestContext) {
  return groupedLoader(ctx, 'zonesByContract', ContractZone, 'contractId', { zoneKey: 'ASC' });
}

/** Companies by id: every contract of a page names its company through one batch. */
export function companyById(ctx: RequestContext) {
  return byIdLoader(ctx, 'companyById', PropertyCompany);
}
