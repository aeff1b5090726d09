import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { ActivitySignup } from './activity-signup.entity';

/** An activity's sign-ups: one statement for the counts and sign-ups of a page of activities. */
export const signupsByActivity = (ctx: RequestContext) =>
  groupedLoader(ctx, 'signupsByActivity', ActivitySignup, 'activityId', { signedUpAt: 'ASC' });
