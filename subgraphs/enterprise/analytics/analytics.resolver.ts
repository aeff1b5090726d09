import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { RequestContext } from '../../../shared/server/context';
import { DateRange, USE_PERIOD } from '../../../shared/time/date-range';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';
import { charityFundReport, communitySubsidies, mealsByAgeTier, outletPeriodFigures } from './analytics.service';
import { CharityFundReport, CommunitySubsidyFigures, MealTierFigures, OutletPeriodFigures } from './analytics.types';

@Resolver(() => OutletPeriodFigures)
export class AnalyticsResolver {
  @Authorized('analyst', 'admin')
  @Query(() => [OutletPeriodFigures], {
    description: 'Sales, cost of goods and proceeds per outlet and month (Asia/Shanghai) over the days of a period.',
  })
  outletPeriodFigures(
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) to: string | null,
    @Arg('outletId', () => ID, { nullable: true }) outletId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutletPeriodFigures[]> {
    return outletPeriodFigures(ctx, { period, from, to }, outletId);
  }

  @FieldResolver(() => Outlet)
  outlet(@Root() row: OutletPeriodFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(row.outletId), 'Outlet', row.outletId);
  }

  @Authorized('analyst', 'admin')
  @Query(() => [MealTierFigures], { description: "A canteen's meals by age tier over the days of a period." })
  mealsByAgeTier(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MealTierFigures[]> {
    return mealsByAgeTier(ctx, outletId, { period, from, to });
  }

  @Authorized('analyst', 'admin')
  @Query(() => CharityFundReport, { description: "A canteen's charity fund income and spending over the days of a period." })
  charityFundReport(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CharityFundReport> {
    return charityFundReport(ctx, outletId, { period, from, to });
  }

  @Authorized('analyst', 'admin')
  @Query(() => [CommunitySubsidyFigures], {
    description: 'Community subsidies paid at service markets per outlet and month over the days of a period.',
  })
  communitySubsidies(
    @Arg('period', () => DateRange, { nullable: true }) period: DateRange | null,
    @Arg('from', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) from: string | null,
    @Arg('to', () => String, { nullable: true, deprecationReason: USE_PERIOD, description: 'YYYY-MM' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunitySubsidyFigures[]> {
    return communitySubsidies(ctx, { period, from, to });
  }
}

@Resolver(() => CommunitySubsidyFigures)
export class CommunitySubsidyFiguresResolver {
  @FieldResolver(() => Outlet)
  outlet(@Root() row: CommunitySubsidyFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    return loadOrNotFound(outletById(ctx).load(row.outletId), 'Outlet', row.outletId);
  }
}
