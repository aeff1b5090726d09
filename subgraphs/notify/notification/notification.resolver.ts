import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { markAllNotificationsRead, markNotificationsRead, myNotifications } from './notification.service';
import { MyNotificationsArgs, Notification, NotificationConnection, NotificationsMarkedRead } from './notification.types';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, {
    description:
      'The events addressed to me (by my roles and scopes, as my token says), newest first, within the retention (NOTIFY_RETENTION_HOURS). An analyst gets every event that speaks of no one person; an admin every event.',
  })
  myNotifications(@Args(() => MyNotificationsArgs) args: MyNotificationsArgs, @Ctx() ctx: RequestContext): Promise<NotificationConnection> {
    return myNotifications(ctx, args);
  }

  @Authorized()
  @Mutation(() => NotificationsMarkedRead, {
    description: 'Marks these notifications read for me. Any id not addressed to me (or no longer kept) refuses them all: NOT_FOUND.',
  })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<NotificationsMarkedRead> {
    return markNotificationsRead(ctx, ids);
  }

  @Authorized()
  @Mutation(() => NotificationsMarkedRead, { description: 'Marks every notification addressed to me read.' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<NotificationsMarkedRead> {
    return markAllNotificationsRead(ctx);
  }
}
