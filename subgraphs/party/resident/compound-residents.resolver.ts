import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { compoundResidents } from './resident.service';
import { ResidentConnection, ResidentPageArgs } from './resident.types';

/** A compound's residents list. */
@Resolver(() => Compound)
export class CompoundResidentsResolver {
  @FieldResolver(() => ResidentConnection, { nullable: true, description: 'Residents of the compound (its grid, analysts, admins).' })
  residents(
    @Root() compound: Compound,
    @Args(() => ResidentPageArgs) args: ResidentPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ResidentConnection> {
    return compoundResidents(ctx, compound.id, args);
  }
}
