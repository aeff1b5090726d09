import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Compound } from './compound.entity';
import { compoundById } from './org-tree.loaders';

@Resolver(() => Building)
export class BuildingResolver {
  @FieldResolver(() => Compound)
  async compound(@Root() building: Building, @Ctx() ctx: RequestContext): Promise<Compound> {
    const compound = await compoundById(ctx).load(building.compoundId);
    if (!compound) throw notFound('Compound', building.compoundId);
    return compound;
  }
}
