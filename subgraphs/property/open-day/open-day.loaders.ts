import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { ServiceOpenDay } from './service-open-day.entity';
import { ServiceStandard } from './service-standard.entity';

/** Each open day's standards, in order: `standards` over a page of open days is one statement. */
export function standardsByOpenDay(ctx: RequestContext) {
  return groupedLoader(ctx, 'standardsByOpenDay', ServiceStandard, 'openDayId', { position: 'ASC' });
}

/** Each compound's open days, newest first: `Compound.serviceOpenDays` over a page of compounds is one statement. */
export function openDaysByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'openDaysByCompound', ServiceOpenDay, 'compoundId', { day: 'DESC', id: 'ASC' });
}
