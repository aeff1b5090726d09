import { In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CompoundCalendarDay } from './compound-calendar-day.entity';
import { ServiceStation } from './service-station.entity';
import { StationService } from './station-service.entity';

/** Stations by id: entity references from property come as lists of ids. */
export const stationById = (ctx: RequestContext) => byIdLoader(ctx, 'stationById', ServiceStation);
/** A compound's station (one at most): one statement for every compound of a page. */
export const stationByCompound = (ctx: RequestContext) =>
  ctx.loaders.get<string, ServiceStation | null>('stationByCompound', async (ids) => {
    const rows = await ctx.dataSource.getRepository(ServiceStation).findBy({ compoundId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.compoundId, null);
  });
/** A compound's calendar exceptions: one statement for the `onDuty` and `calendarDays` of a page of stations or compounds. */
export const calendarByCompound = (ctx: RequestContext) =>
  groupedLoader(ctx, 'calendarByCompound', CompoundCalendarDay, 'compoundId', { day: 'ASC' });
/** A station's services: one statement for every station of a page. */
export const servicesByStation = (ctx: RequestContext) =>
  groupedLoader(ctx, 'servicesByStation', StationService, 'stationId', { category: 'ASC', name: 'ASC' });
