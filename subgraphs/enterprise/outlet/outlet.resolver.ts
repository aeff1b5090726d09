import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../compound/compound.ref';
import { SocialEnterprise } from '../enterprise/social-enterprise.entity';
import { Outlet } from './outlet.entity';
import { enterpriseById } from './outlet.loaders';

@Resolver(() => Outlet)
export class OutletResolver {
  @FieldResolver(() => SocialEnterprise)
  async enterprise(@Root() outlet: Outlet, @Ctx() ctx: RequestContext): Promise<SocialEnterprise> {
    const found = await enterpriseById(ctx).load(outlet.enterpriseId);
    if (!found) throw notFound('SocialEnterprise', outlet.enterpriseId);
    return found;
  }

  @FieldResolver(() => Compound)
  compound(@Root() outlet: Outlet): Compound {
    return { id: outlet.compoundId };
  }
}
