import { byIdLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { AfterHoursIntake } from './after-hours-intake.entity';

/** Intake records by id, batched like every other by-id read of a request. */
export function intakeById(ctx: RequestContext) {
  return byIdLoader(ctx, 'intakeById', AfterHoursIntake);
}
