import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { ContractZone } from './contract-zone.entity';
import { ServiceContract } from './service-contract.entity';

/** A compound's contracts: one statement for every compound of a page. */
export function contractsByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, ServiceContract[]>('contractsByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource
      .getRepository(ServiceContract)
      .find({ where: { compoundId: In([...compoundIds]) }, order: { startsOn: 'ASC', id: 'ASC' } });
    return groupedByKeys(compoundIds, rows, (r) => r.compoundId);
  });
}

/** A company's contracts, oldest first. */
export function contractsByCompany(ctx: RequestContext) {
  return ctx.loaders.get<string, ServiceContract[]>('contractsByCompany', async (companyIds) => {
    const rows = await ctx.dataSource
      .getRepository(ServiceContract)
      .find({ where: { companyId: In([...companyIds]) }, order: { startsOn: 'ASC', id: 'ASC' } });
    return groupedByKeys(companyIds, rows, (r) => r.companyId);
  });
}

export function contractById(ctx: RequestContext) {
  return ctx.loaders.get<string, ServiceContract | null>('contractById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(ServiceContract).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

/** The zones of each contract of a page, in one statement. */
export function zonesByContract(ctx: RequestContext) {
  return ctx.loaders.get<string, ContractZone[]>('zonesByContract', async (contractIds) => {
    const rows = await ctx.dataSource
      .getRepository(ContractZone)
      .find({ where: { contractId: In([...contractIds]) }, order: { zoneKey: 'ASC' } });
    return groupedByKeys(contractIds, rows, (r) => r.contractId);
  });
}

/** Companies by id: every contract of a page names its company through one batch. */
export function companyById(ctx: RequestContext) {
  return ctx.loaders.get<string, PropertyCompany | null>('companyById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(PropertyCompany).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
