import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { ActivitySignup } from './activity-signup.entity';
import { Activity } from './activity.entity';
import { signupsByActivity } from './activity.loaders';
import { createActivity, recordAttendance, signUpForActivity, signUpsSeenBy } from './activity.service';
import { CreateActivityInput } from './activity.types';

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Activity, { description: 'Plan an activity (open day, micro Party lesson, clean-up, free haircuts...).' })
  createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: RequestContext): Promise<Activity> {
    return createActivity(ctx, input);
  }

  @Authorized()
  @Mutation(() => ActivitySignup, { description: 'Sign up; refused when full, already signed up, or the activity has started.' })
  signUpForActivity(@Arg('activityId', () => ID) activityId: string, @Ctx() ctx: RequestContext): Promise<ActivitySignup> {
    return signUpForActivity(ctx, activityId);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => ActivitySignup, {
    description: 'Record attendance; the activity’s points are awarded once, however often this is called.',
  })
  recordAttendance(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('participantId', () => String) participantId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivitySignup> {
    return recordAttendance(ctx, activityId, participantId);
  }

  @FieldResolver(() => Int)
  async signedUpCount(@Root() a: Activity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await signupsByActivity(ctx).load(a.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Volunteer minutes of each attendee (the activity’s length).' })
  durationMinutes(@Root() a: Activity): number {
    return Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
  }

  @FieldResolver(() => [ActivitySignup], { description: "Sign-ups: the compound's grid sees all, others only their own." })
  signUps(@Root() a: Activity, @Ctx() ctx: RequestContext): Promise<ActivitySignup[]> {
    return signUpsSeenBy(ctx, a);
  }
}
