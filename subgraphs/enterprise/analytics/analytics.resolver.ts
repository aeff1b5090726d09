import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { RequestContext } from '../../../shared/server/context';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';
import { charityFundReport, communitySubsidies, mealsByAgeTier, outletPeriodFigures } from './analytics.service';
import { CharityFundReport, CommunitySubsidyFigures, MealTierFigures, OutletPeriodFigures } from './analytics.types';

@Resolver(() => OutletPeriodFigures)
export class AnalyticsResolver {
  @Authorized('analyst', 'admin')
  @Query(() => [OutletPeriodFigures], {
    description: 'Sales, cost of goods and proceeds per outlet and month (Asia/Shanghai), from..to inclusive (YYYY-MM).',
  })
  outletPeriodFigures(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('outletId', () => ID, { nullable: true }) outletId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutletPeriodFigures[]> {
    return outletPeriodFigures(ctx, from, to, outletId);
  }

  @FieldResolver(() => Outlet)
  outlet(@Root() row: OutletPeriodFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(row.outletId), 'Outlet', row.outletId);
  }

  @Authorized('analyst', 'admin')
  @Query(() => [MealTierFigures], { description: "A canteen's meals by age tier over months from..to inclusive." })
  mealsByAgeTier(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MealTierFigures[]> {
    return mealsByAgeTier(ctx, outletId, from, to);
  }

  @Authorized('analyst', 'admin')
  @Query(() => CharityFundReport, { description: "A canteen's charity fund income and spending over months from..to inclusive." })
  charityFundReport(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CharityFundReport> {
    return charityFundReport(ctx, outletId, from, to);
  }

  @Authorized('analyst', 'admin')
  @Query(() => [CommunitySubsidyFigures], {
    description: 'Community subsidies paid at service markets per outlet and month, from..to inclusive.',
  })
  communitySubsidies(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunitySubsidyFigures[]> {
    return communitySubsidies(ctx, from, to);
  }
}

@Resolver(() => CommunitySubsidyFigures)
export class CommunitySubsidyFiguresResolver {
  @FieldResolver(() => Outlet)
  outlet(@Root() row: CommunitySubsidyFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(row.outletId), 'Outlet', row.outletId);
  }
}
