import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { In } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { byKeys } from '../../../shared/db/loaders';
import { assertUuid, conflict, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole } from '../common/access';
import { inTransaction } from '../common/tx';
import { calendarDate, optionalText, requiredText } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { compoundById } from '../org-tree/org-tree.loaders';
import { dutyAt } from './duty';
import { CalendarDayKind, CompoundCalendarDay, DutyTeam, ServiceMode, ServiceStation, StationService } from './station.entity';

@InputType()
export class CreateServiceStationInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => [String], { nullable: true, description: 'The "X": functions of its own.' }) customFunctions?: string[] | null;
}

@InputType()
export class AddStationServiceInput {
  @Field(() => ID) stationId: string;
  @Field(() => String) name: string;
  @Field(() => String) category: string;
  @Field(() => ServiceMode) mode: ServiceMode;
}

@InputType()
export class SetCalendarDayInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) day: string;
  @Field(() => CalendarDayKind) kind: CalendarDayKind;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: 'Who takes intake at a station at an instant.' })
export class OnDuty {
  @Field(() => Date) at: Date;
  @Field(() => DutyTeam) team: DutyTeam;
  @Field(() => Boolean, { description: 'Is that local day a working day for the compound?' }) workingDay: boolean;
  @Field(() => String, { description: 'The local date at the compound (YYYY-MM-DD).' }) localDate: string;
}

export const stationById = (ctx: RequestContext) => byIdLoader(ctx, 'stationById', ServiceStation);
const stationByCompound = (ctx: RequestContext) =>
  ctx.loaders.get<string, ServiceStation | null>('stationByCompound', async (ids) => {
    const rows = await ctx.dataSource.getRepository(ServiceStation).findBy({ compoundId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.compoundId, null);
  });
const calendarByCompound = (ctx: RequestContext) =>
  groupedLoader(ctx, 'calendarByCompound', CompoundCalendarDay, 'compoundId', { day: 'ASC' });
const servicesByStation = (ctx: RequestContext) =>
  groupedLoader(ctx, 'servicesByStation', StationService, 'stationId', { category: 'ASC', name: 'ASC' });

/** What another subgraph needs to check a station id at write time (property: whose contract covers it). */
@Directive('@inaccessible')
@ObjectType()
export class ServiceStationInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
}

@Resolver(() => ServiceStation)
export class ServiceStationResolver {
  @Directive('@inaccessible')
  @Authorized('service')
  @Query(() => ServiceStationInfo, {
    nullable: true,
    description: "Internal: a station's compound, for other subgraphs; null when unknown.",
  })
  async serviceStationInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceStationInfo | null> {
    const found = await stationById(ctx).load(assertUuid(id));
    return found ? { id: found.id, compoundId: found.compoundId } : null;
  }

  @Authorized()
  @Query(() => ServiceStation)
  async serviceStation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceStation> {
    const found = await stationById(ctx).load(assertUuid(id));
    if (!found) throw notFound('ServiceStation', id);
    return found;
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => ServiceStation, { description: "Open the compound's service station (one per compound)." })
  async createServiceStation(
    @Arg('input', () => CreateServiceStationInput) input: CreateServiceStationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceStation> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
    const row = Object.assign(new ServiceStation(), {
      id: randomUUID(),
      compoundId,
      name: requiredText(input.name, 'name', 100),
      customFunctions: [...new Set((input.customFunctions ?? []).map((x) => requiredText(x, 'customFunctions', 50)))],
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      if (await m.findOneBy(ServiceStation, { compoundId })) throw conflict('This compound already has a service station');
      await m.insert(ServiceStation, row);
      return row;
    });
  }

  @Authorized('party_secretary', 'grid_worker', 'admin')
  @Mutation(() => StationService, { description: 'Add a service to the station catalogue, done on the spot or by proxy.' })
  async addStationService(
    @Arg('input', () => AddStationServiceInput) input: AddStationServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StationService> {
    const stationId = assertUuid(input.stationId, 'stationId');
    const name = requiredText(input.name, 'name', 100);
    const category = requiredText(input.category, 'category', 50);
    return inTransaction(ctx, async (m) => {
      const station = await m.findOneBy(ServiceStation, { id: stationId });
      if (!station) throw notFound('ServiceStation', stationId);
      const viewer = assertCompoundRole(ctx, station.compoundId);
      const row = Object.assign(new StationService(), { id: randomUUID(), stationId, name, category, mode: input.mode });
      stampCreated(row, viewer.actor, ctx.clock.now());
      await m.insert(StationService, row);
      return row;
    });
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => CompoundCalendarDay, {
    description: 'Mark an extra holiday or working day (调休) for the compound; setting a day again replaces it.',
  })
  async setCompoundCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompoundCalendarDay> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
    const day = calendarDate(input.day, 'day');
    const note = optionalText(input.note, 'note', 100);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.query(
        `INSERT INTO compound_calendar_day (compound_id, day, kind, note, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$5,$6)
         ON CONFLICT (compound_id, day) DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [compoundId, day, input.kind, note, viewer.actor, now],
      );
      return (await m.findOneBy(CompoundCalendarDay, { compoundId, day }))!;
    });
  }

  @FieldResolver(() => Compound)
  async compound(@Root() s: ServiceStation, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(s.compoundId))!;
  }

  @FieldResolver(() => [StationService], { description: 'The services moved down to the station, by category and name.' })
  services(@Root() s: ServiceStation, @Ctx() ctx: RequestContext): Promise<StationService[]> {
    return servicesByStation(ctx).load(s.id);
  }

  @FieldResolver(() => OnDuty, { description: 'Who is on duty at an instant (default now, by the server clock).' })
  async onDuty(
    @Root() s: ServiceStation,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OnDuty> {
    const when = at ?? ctx.clock.now();
    const compound = (await compoundById(ctx).load(s.compoundId))!;
    const days = await calendarByCompound(ctx).load(s.compoundId);
    const exceptions = new Map(days.map((d) => [d.day, d.kind]));
    return { at: when, ...dutyAt(when, compound.timeZone, (d) => exceptions.get(d)) };
  }
}

@Resolver(() => Compound)
export class CompoundStationResolver {
  @FieldResolver(() => ServiceStation, { nullable: true })
  serviceStation(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<ServiceStation | null> {
    return stationByCompound(ctx).load(c.id);
  }

  @FieldResolver(() => [CompoundCalendarDay], { description: 'Extra holidays and working days (调休), by day.' })
  calendarDays(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<CompoundCalendarDay[]> {
    return calendarByCompound(ctx).load(c.id);
  }
}
