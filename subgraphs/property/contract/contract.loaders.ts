import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
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

/** Companies by id: every contract of a page names its company through one batch. */
export function companyById(ctx: RequestContext) {
  return ctx.loaders.get<string, PropertyCompany | null>('companyById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(PropertyCompany).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
