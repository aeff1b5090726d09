import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { SocialEnterprise } from '../enterprise/social-enterprise.entity';
import { Outlet } from './outlet.entity';

/** A compound's outlets: one statement for every compound of a page. */
export function outletsByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, Outlet[]>('outletsByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource.getRepository(Outlet).find({ where: { compoundId: In([...compoundIds]) }, order: { name: 'ASC', id: 'ASC' } });
    return groupedByKeys(compoundIds, rows, (r) => r.compoundId);
  });
}

/** Enterprises by id: every outlet of a page names its enterprise through one batch. */
export function enterpriseById(ctx: RequestContext) {
  return ctx.loaders.get<string, SocialEnterprise | null>('enterpriseById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(SocialEnterprise).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function outletById(ctx: RequestContext) {
  return ctx.loaders.get<string, Outlet | null>('outletById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(Outlet).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
