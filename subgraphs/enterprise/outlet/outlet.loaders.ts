import type { RequestContext } from '../../../shared/server/context';
import { SocialEnterprise } from '../enterprise/social-enterprise.entity';
import { Outlet } from './outlet.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

/** A compound's outlets: one statement for every compound of a page. */
export function outletsByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'outletsByCompound', Outlet, 'compoundId', { name: 'ASC', id: 'ASC' });
}

/** Enterprises by id: every outlet of a page names its enterprise through one batch. */
export function enterpriseById(ctx: RequestContext) {
  return byIdLoader(ctx, 'enterpriseById', SocialEnterprise);
}

export function outletById(ctx: RequestContext) {
  return byIdLoader(ctx, 'outletById', Outlet);
}
