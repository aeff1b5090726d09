import { Args, Arg, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Compound } from './compound.entity';
import { buildingsByCompound, compoundById } from './org-tree.loaders';

@ObjectType()
export class CompoundConnection extends Connection(Compound) {}

@Resolver(() => Compound)
export class CompoundResolver {
  @Authorized()
  @Query(() => Compound, { description: 'One compound by id.' })
  async compound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Compound> {
    const found = await compoundById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Compound', id);
    return found;
  }

  @Authorized()
  @Query(() => CompoundConnection, { description: 'All compounds, by name.' })
  async compounds(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<CompoundConnection> {
    const qb = ctx.dataSource.getRepository(Compound).createQueryBuilder('c');
    return paginate(qb, args, { column: 'c.name', idColumn: 'c.id', valueOf: (c) => c.name, idOf: (c) => c.id });
  }

  @FieldResolver(() => [Building], { description: 'The buildings of the compound, by number.' })
  buildings(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<Building[]> {
    return buildingsByCompound(ctx).load(compound.id);
  }
}
