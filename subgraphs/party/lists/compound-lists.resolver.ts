import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { needList, projectList, resourceList } from './lists.service';
import { NeedConnection, ProjectConnection, ResourceConnection } from './lists.types';

/** A compound's three lists (三张清单). */
@Resolver(() => Compound)
export class CompoundListsResolver {
  @FieldResolver(() => NeedConnection, { nullable: true, description: 'The needs list, oldest first.' })
  needs(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<NeedConnection> {
    return needList.page(ctx, { compoundId: c.id }, args);
  }

  @FieldResolver(() => ResourceConnection, { nullable: true, description: 'The resources list, oldest first.' })
  resources(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ResourceConnection> {
    return resourceList.page(ctx, { compoundId: c.id }, args);
  }

  @FieldResolver(() => ProjectConnection, { nullable: true, description: 'The projects list, oldest first.' })
  projects(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ProjectConnection> {
    return projectList.page(ctx, { compoundId: c.id }, args);
  }
}
