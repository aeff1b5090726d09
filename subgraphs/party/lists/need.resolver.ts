import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { addNeed } from './lists.service';
import { AddNeedInput } from './lists.types';
import { Need } from './need.entity';

@Resolver(() => Need)
export class NeedResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Need, { description: 'Add to the needs list (需求清单).' })
  addNeed(@Arg('input', () => AddNeedInput) input: AddNeedInput, @Ctx() ctx: RequestContext): Promise<Need> {
    return addNeed(ctx, input);
  }
}
