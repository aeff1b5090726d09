import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { notificationStats } from './analytics.service';
import { NotificationStats } from './analytics.types';

@Resolver(() => NotificationStats)
export class AnalyticsResolver {
  @Authorized('analyst', 'admin')
  @Query(() => NotificationStats, {
    description: 'Events notify recorded in [from, to), by kind, and how many were delivered, pending or failed (see each field).',
  })
  notificationStats(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationStats> {
    return notificationStats(ctx, from, to);
  }
}
