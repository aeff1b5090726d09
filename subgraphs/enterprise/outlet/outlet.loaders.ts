import type { GraphQLResolveInfo } from 'graphql';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Outlet } from './outlet.entity';

/** A compound's outlets: one statement for every compound of a page. */
export function outletsByCompound(ctx: RequestContext, info?: GraphQLResolveInfo) {
  return groupedLoader(ctx, 'outletsByCompound', Outlet, 'compoundId', { name: 'ASC', id: 'ASC' }, info);
}

/** Outlets by id: every settlement, order or report row of a page names its outlet through one batch. */
export function outletById(ctx: RequestContext) {
  return byIdLoader(ctx, 'outletById', Outlet);
}
