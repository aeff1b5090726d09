import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WorkOrderCategoryEnum } from '../work-order/work-order.enums';
import type { WorkOrderCategory } from '../work-order/work-order-flow';

@ObjectType()
export class CategoryCount {
  @Field(() => WorkOrderCategoryEnum)
  category: WorkOrderCategory;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Work orders submitted in the period: counts by category; resolution measured on orders now RESOLVED or CONFIRMED (on time = resolved at or before the SLA deadline); reopen rate over orders ever resolved.',
})
export class WorkOrderStats {
  @Field(() => Int)
  total: number;

  @Field(() => [CategoryCount])
  byCategory: CategoryCount[];

  @Field(() => Int, { description: 'Orders now RESOLVED or CONFIRMED.' })
  resolvedCount: number;

  @Field(() => Int)
  onTimeCount: number;

  @Field(() => Float, { nullable: true, description: 'onTimeCount / resolvedCount; null when nothing is resolved.' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median seconds from submission to (last) resolution.' })
  medianSecondsToResolve: number | null;

  @Field(() => Int)
  ratedCount: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the 1–5 ratings given.' })
  averageRating: number | null;

  @Field(() => Int, { description: 'Orders that were ever resolved.' })
  everResolvedCount: number;

  @Field(() => Int, { description: 'Orders reopened at least once.' })
  reopenedCount: number;

  @Field(() => Float, { nullable: true, description: 'reopenedCount / everResolvedCount.' })
  reopenRate: number | null;
}
