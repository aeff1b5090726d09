import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { enterpriseById } from '../outlet/outlet.loaders';
import { SocialEnterprise } from './social-enterprise.entity';

@Resolver(() => SocialEnterprise)
export class SocialEnterpriseResolver {
  @Authorized()
  @Query(() => SocialEnterprise, { description: 'One social enterprise by id.' })
  async socialEnterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SocialEnterprise> {
    const found = await enterpriseById(ctx).load(assertUuid(id));
    if (!found) throw notFound('SocialEnterprise', id);
    return found;
  }
}
