import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { CompoundCalendarDay } from './compound-calendar-day.entity';
import { ServiceStation } from './service-station.entity';
import { calendarByCompound, stationByCompound } from './station.loaders';

/** A compound's station and working calendar. */
@Resolver(() => Compound)
export class CompoundStationResolver {
  @FieldResolver(() => ServiceStation, { nullable: true })
  serviceStation(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<ServiceStation | null> {
    return stationByCompound(ctx).load(c.id);
  }

  @FieldResolver(() => [CompoundCalendarDay], { nullable: true, description: 'Extra holidays and working days (调休), by day.' })
  calendarDays(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<CompoundCalendarDay[]> {
    return calendarByCompound(ctx).load(c.id);
  }
}
