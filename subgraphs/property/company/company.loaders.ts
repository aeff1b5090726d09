import type { GraphQLResolveInfo } from 'graphql';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from './property-company.entity';

/**
 * Companies by id: every contract, order or open day of a page names its company through
 * one batch. With `info`, only the columns that field's selection reads.
 */
export function companyById(ctx: RequestContext, info?: GraphQLResolveInfo) {
  return byIdLoader(ctx, 'companyById', PropertyCompany, info);
}
