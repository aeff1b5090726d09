import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, badInput, notFound } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { assertPeriod } from '../common/date-input';
import { periodBounds } from '../../../shared/time/local-time';
import { Outlet } from '../outlet/outlet.entity';
import { outletById } from '../outlet/outlet.loaders';

/**
 * Analysts' reports ("where did the veg shop's money go?"): every figure is one SQL
 * aggregate over the append-only ledgers, grouped by local month (Asia/Shanghai). No
 * personal data appears in any of them.
 */

@ObjectType({ description: "One outlet's month: sales and cost of goods from its ledger, and the proceeds." })
export class OutletPeriodFigures {
  outletId: string;
  @Field(() => String) period: string;
  @Field(() => Money) sales: Money;
  @Field(() => Money) costOfGoods: Money;
  @Field(() => Money) proceeds: Money;
  @Field(() => Boolean, { description: 'Whether the month has been settled.' }) settled: boolean;
}

@ObjectType()
export class MealTierFigures {
  @Field(() => Int, { description: 'The tier: 0, 70, 80, 90 by default.' }) tierMinAge: number;
  @Field(() => Int) meals: number;
  @Field(() => Int) paidByCharityFund: number;
  @Field(() => Money) amount: Money;
}

@ObjectType()
export class CharityFundKindFigures {
  @Field(() => String) kind: string;
  @Field(() => Int) entries: number;
  @Field(() => Money) amount: Money;
}

@ObjectType({ description: "A canteen's charity fund (爱心基金) over a range of months." })
export class CharityFundReport {
  @Field(() => Money) income: Money;
  @Field(() => Money, { description: 'Positive: what was spent.' }) spending: Money;
  @Field(() => [CharityFundKindFigures]) byKind: CharityFundKindFigures[];
  @Field(() => Money, { description: 'The balance now.' }) balance: Money;
}

@ObjectType({ description: "Community money paid at the service market: the items' subsidies and the cover of seniors' parts." })
export class CommunitySubsidyFigures {
  outletId: string;
  @Field(() => String) period: string;
  @Field(() => Int) sales: number;
  @Field(() => Money) subsidies: Money;
  @Field(() => Money) seniorCover: Money;
  @Field(() => Money) total: Money;
}

function range(from: string, to: string): { start: Date; end: Date } {
  assertPeriod(from, 'from');
  assertPeriod(to, 'to');
  if (from > to) throw badInput('from must not be after to', { field: 'from' });
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5));
  if (months > 120) throw badInput('A report covers at most ten years', { field: 'to' });
  return { start: periodBounds(from).start, end: periodBounds(to).end };
}

const LOCAL_MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

@Resolver(() => OutletPeriodFigures)
export class AnalyticsResolver {
  @Authorized('analyst', 'admin')
  @Query(() => [OutletPeriodFigures], {
    description: 'Sales, cost of goods and proceeds per outlet and month (Asia/Shanghai), from..to inclusive (YYYY-MM).',
  })
  async outletPeriodFigures(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('outletId', () => ID, { nullable: true }) outletId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutletPeriodFigures[]> {
    const { start, end } = range(from, to);
    const params: unknown[] = [start, end];
    if (outletId) params.push(assertUuid(outletId, 'outletId'));
    const rows: { outlet_id: string; period: string; sales: string; cost: string; settled: boolean }[] = await ctx.dataSource.query(
      `SELECT g.outlet_id, g.period, g.sales, g.cost,
              EXISTS (SELECT 1 FROM settlement s WHERE s.outlet_id = g.outlet_id AND s.period = g.period) AS settled
         FROM (SELECT e.outlet_id, ${LOCAL_MONTH('e.occurred_at')} AS period,
                      COALESCE(SUM(e.amount_fen) FILTER (WHERE e.kind = 'SALE'), 0)::text AS sales,
                      COALESCE(SUM(e.amount_fen) FILTER (WHERE e.kind = 'COST_OF_GOODS'), 0)::text AS cost
                 FROM outlet_entry e
                WHERE e.occurred_at >= $1 AND e.occurred_at < $2 ${outletId ? 'AND e.outlet_id = $3' : ''}
                GROUP BY e.outlet_id, period) g
        ORDER BY g.outlet_id, g.period`,
      params,
    );
    return rows.map((r) => ({
      outletId: r.outlet_id,
      period: r.period,
      sales: Money.of(r.sales),
      costOfGoods: Money.of(r.cost),
      proceeds: Money.of(BigInt(r.sales) - BigInt(r.cost)),
      settled: r.settled,
    }));
  }

  @FieldResolver(() => Outlet)
  async outlet(@Root() row: OutletPeriodFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    const found = await outletById(ctx).load(row.outletId);
    if (!found) throw notFound('Outlet', row.outletId);
    return found;
  }

  @Authorized('analyst', 'admin')
  @Query(() => [MealTierFigures], { description: "A canteen's meals by age tier over months from..to inclusive." })
  async mealsByAgeTier(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MealTierFigures[]> {
    range(from, to);
    const rows: { tier: number; meals: string; fund: string; amount: string }[] = await ctx.dataSource.query(
      `SELECT tier_min_age AS tier, COUNT(*)::text AS meals, COUNT(*) FILTER (WHERE paid_by = 'CHARITY_FUND')::text AS fund, SUM(price_fen)::text AS amount
         FROM meal WHERE outlet_id = $1 AND meal_date >= $2::date AND meal_date < ($3::date + interval '1 month')
        GROUP BY tier_min_age ORDER BY tier_min_age`,
      [assertUuid(outletId, 'outletId'), `${from}-01`, `${to}-01`],
    );
    return rows.map((r) => ({ tierMinAge: r.tier, meals: Number(r.meals), paidByCharityFund: Number(r.fund), amount: Money.of(r.amount) }));
  }

  @Authorized('analyst', 'admin')
  @Query(() => CharityFundReport, { description: "A canteen's charity fund income and spending over months from..to inclusive." })
  async charityFundReport(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CharityFundReport> {
    const { start, end } = range(from, to);
    const id = assertUuid(outletId, 'outletId');
    const rows: { kind: string; entries: string; amount: string }[] = await ctx.dataSource.query(
      `SELECT kind, COUNT(*)::text AS entries, SUM(amount_fen)::text AS amount FROM charity_fund_entry
        WHERE outlet_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY kind ORDER BY kind`,
      [id, start, end],
    );
    const [fund] = await ctx.dataSource.query(`SELECT balance_fen::text AS b FROM charity_fund WHERE outlet_id = $1`, [id]);
    const amounts = rows.map((r) => BigInt(r.amount));
    return {
      income: Money.of(amounts.filter((a) => a > 0n).reduce((a, b) => a + b, 0n)),
      spending: Money.of(-amounts.filter((a) => a < 0n).reduce((a, b) => a + b, 0n)),
      byKind: rows.map((r) => ({ kind: r.kind, entries: Number(r.entries), amount: Money.of(r.amount) })),
      balance: Money.of(fund?.b ?? 0),
    };
  }

  @Authorized('analyst', 'admin')
  @Query(() => [CommunitySubsidyFigures], {
    description: 'Community subsidies paid at service markets per outlet and month, from..to inclusive.',
  })
  async communitySubsidies(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunitySubsidyFigures[]> {
    const { start, end } = range(from, to);
    const rows: { outlet_id: string; period: string; sales: string; subsidies: string; cover: string }[] = await ctx.dataSource.query(
      `SELECT outlet_id, ${LOCAL_MONTH('created_at')} AS period, COUNT(*)::text AS sales, SUM(community_subsidy_fen)::text AS subsidies, SUM(senior_cover_fen)::text AS cover
         FROM market_sale WHERE created_at >= $1 AND created_at < $2 GROUP BY outlet_id, period ORDER BY outlet_id, period`,
      [start, end],
    );
    return rows.map((r) => ({
      outletId: r.outlet_id,
      period: r.period,
      sales: Number(r.sales),
      subsidies: Money.of(r.subsidies),
      seniorCover: Money.of(r.cover),
      total: Money.of(BigInt(r.subsidies) + BigInt(r.cover)),
    }));
  }
}

@Resolver(() => CommunitySubsidyFigures)
export class CommunitySubsidyFiguresResolver {
  @FieldResolver(() => Outlet)
  async outlet(@Root() row: CommunitySubsidyFigures, @Ctx() ctx: RequestContext): Promise<Outlet> {
    const found = await outletById(ctx).load(row.outletId);
    if (!found) throw notFound('Outlet', row.outletId);
    return found;
  }
}
