import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { companyById } from '../contract/contract.loaders';
import { PropertyCompany } from './property-company.entity';

@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @Authorized()
  @Query(() => PropertyCompany, { description: 'One property company by id.' })
  async propertyCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    const found = await companyById(ctx).load(assertUuid(id));
    if (!found) throw notFound('PropertyCompany', id);
    return found;
  }
}
