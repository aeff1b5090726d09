import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { compoundMicroWishes } from './micro-wish.service';
import { MicroWishConnection, MicroWishPageArgs } from './micro-wish.types';

/** A compound's micro-wishes. */
@Resolver(() => Compound)
export class CompoundMicroWishesResolver {
  @FieldResolver(() => MicroWishConnection, { nullable: true, description: 'Micro-wishes, oldest first.' })
  microWishes(
    @Root() c: Compound,
    @Args(() => MicroWishPageArgs) args: MicroWishPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MicroWishConnection> {
    return compoundMicroWishes(ctx, c.id, args);
  }
}
