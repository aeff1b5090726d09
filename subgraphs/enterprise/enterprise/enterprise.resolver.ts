import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { enterpriseById } from './enterprise.loaders';
import { SocialEnterprise } from './social-enterprise.entity';

@Resolver(() => SocialEnterprise)
export class SocialEnterpriseResolver {
  @Authorized()
  @Query(() => SocialEnterprise, { description: 'One social enterprise by id.' })
  socialEnterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SocialEnterprise> {
    return loadOrNotFound(enterpriseById(ctx).load(assertUuid(id)), 'SocialEnterprise', id);
  }
}
