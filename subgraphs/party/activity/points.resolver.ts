import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { myPoints, pointsEntryList, redeemPoints } from './activity.service';
import { PointsAccount, PointsEntryConnection, RedeemPointsInput } from './activity.types';
import { PointsEntry } from './points-entry.entity';

/** The points (积分) earned at activities and redeemed at the station. */
@Resolver(() => PointsAccount)
export class PointsResolver {
  @Authorized()
  @Query(() => PointsAccount, { description: "The signed-in user's points balance." })
  myPoints(@Ctx() ctx: RequestContext): Promise<PointsAccount> {
    return myPoints(ctx);
  }

  @FieldResolver(() => PointsEntryConnection, { description: 'The ledger, oldest first.' })
  entries(
    @Root() account: PointsAccount,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PointsEntryConnection> {
    return pointsEntryList.page(ctx, { holderId: account.holderId }, args);
  }

  @Authorized()
  @Mutation(() => PointsEntry, {
    description: 'Redeem points for a perk. Never more than the balance: the database refuses a balance below zero.',
  })
  redeemPoints(@Arg('input', () => RedeemPointsInput) input: RedeemPointsInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return redeemPoints(ctx, input);
  }
}
