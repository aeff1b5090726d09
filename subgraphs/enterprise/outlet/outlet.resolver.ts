import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { RequestContext } from '../../../shared/server/context';
import { SocialEnterprise } from '../enterprise/social-enterprise.entity';
import { enterpriseById } from '../enterprise/enterprise.loaders';
import { Compound } from '../neighbours/compound.ref';
import { Outlet } from './outlet.entity';

@Resolver(() => Outlet)
export class OutletResolver {
  @FieldResolver(() => SocialEnterprise)
  enterprise(@Root() outlet: Outlet, @Ctx() ctx: RequestContext): Promise<SocialEnterprise> {
    return loadOrNotFound(enterpriseById(ctx).load(outlet.enterpriseId), 'SocialEnterprise', outlet.enterpriseId);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() outlet: Outlet): Compound {
    return { id: outlet.compoundId };
  }
}
