import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { AfterHoursIntake } from './after-hours-intake.entity';
import { AfterHoursIntakeResolver } from './intake.resolver';

/** After-hours intake (接件登记) at the service station, taken by the property staff on duty. */
export const intakeModule: SubgraphModule = {
  entities: [AfterHoursIntake],
  resolvers: [AfterHoursIntakeResolver],
};
