import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { activityList } from './activity.service';
import { ActivityConnection } from './activity.types';

/** A compound's activities. */
@Resolver(() => Compound)
export class CompoundActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { nullable: true, description: 'Activities, oldest planned first.' })
  activities(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ActivityConnection> {
    return activityList.page(ctx, { compoundId: c.id }, args);
  }
}
