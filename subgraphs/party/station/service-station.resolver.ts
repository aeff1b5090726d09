import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { compoundById } from '../org-tree/org-tree.loaders';
import { CompoundCalendarDay } from './compound-calendar-day.entity';
import { ServiceStation } from './service-station.entity';
import { StationService } from './station-service.entity';
import { servicesByStation, stationById } from './station.loaders';
import { addStationService, createServiceStation, onDutyAt, setCompoundCalendarDay } from './station.service';
import { AddStationServiceInput, CreateServiceStationInput, OnDuty, SetCalendarDayInput } from './station.types';

@Resolver(() => ServiceStation)
export class ServiceStationResolver {
  @Authorized()
  @Query(() => ServiceStation)
  serviceStation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceStation> {
    return loadOrNotFound(stationById(ctx).load(assertUuid(id)), 'ServiceStation', id);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => ServiceStation, { description: "Open the compound's service station (one per compound)." })
  createServiceStation(
    @Arg('input', () => CreateServiceStationInput) input: CreateServiceStationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceStation> {
    return createServiceStation(ctx, input);
  }

  @Authorized('party_secretary', 'grid_worker', 'admin')
  @Mutation(() => StationService, { description: 'Add a service to the station catalogue, done on the spot or by proxy.' })
  addStationService(
    @Arg('input', () => AddStationServiceInput) input: AddStationServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StationService> {
    return addStationService(ctx, input);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => CompoundCalendarDay, {
    description: 'Mark an extra holiday or working day (调休) for the compound; setting a day again replaces it.',
  })
  setCompoundCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundCalendarDay> {
    return setCompoundCalendarDay(ctx, input);
  }

  @FieldResolver(() => Compound, { nullable: true })
  async compound(@Root() s: ServiceStation, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(s.compoundId))!;
  }

  @FieldResolver(() => [StationService], { nullable: true, description: 'The services moved down to the station, by category and name.' })
  services(@Root() s: ServiceStation, @Ctx() ctx: RequestContext): Promise<StationService[]> {
    return servicesByStation(ctx).load(s.id);
  }

  @FieldResolver(() => OnDuty, { nullable: true, description: 'Who is on duty at an instant (default now, by the server clock).' })
  onDuty(
    @Root() s: ServiceStation,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OnDuty> {
    return onDutyAt(ctx, s, at);
  }
}
