import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { addResource } from './lists.service';
import { AddResourceInput } from './lists.types';
import { Resource } from './resource.entity';

@Resolver(() => Resource)
export class ResourceResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Resource, { description: 'Add to the resources list (资源清单).' })
  addResource(@Arg('input', () => AddResourceInput) input: AddResourceInput, @Ctx() ctx: RequestContext): Promise<Resource> {
    return addResource(ctx, input);
  }
}
