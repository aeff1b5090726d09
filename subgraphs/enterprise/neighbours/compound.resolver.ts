import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Outlet } from '../outlet/outlet.entity';
import { outletsByCompound } from '../outlet/outlet.loaders';
import { Compound } from './compound.ref';

@Resolver(() => Compound)
export class CompoundEnterpriseResolver {
  @FieldResolver(() => [Outlet], { nullable: true, description: "Social enterprises' outlets in the compound." })
  outlets(@Root() compound: Compound, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Outlet[]> {
    return outletsByCompound(ctx, info).load(compound.id);
  }
}
