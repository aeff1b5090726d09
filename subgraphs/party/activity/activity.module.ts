import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { ActivitySignup } from './activity-signup.entity';
import { ActivitySignupResolver } from './activity-signup.resolver';
import { Activity } from './activity.entity';
import { ActivityResolver } from './activity.resolver';
import { CompoundActivitiesResolver } from './compound-activities.resolver';
import { PointsEntry } from './points-entry.entity';
import { PointsResolver } from './points.resolver';

/** Activities with sign-up and attendance, and the points (积分) attendance earns. */
export const activityModule: SubgraphModule = {
  entities: [Activity, ActivitySignup, PointsEntry],
  resolvers: [ActivityResolver, ActivitySignupResolver, PointsResolver, CompoundActivitiesResolver],
};
