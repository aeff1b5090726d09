import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, conflict } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../../../shared/time/calendar-date';
import { boundedText, optionalText } from '../../../shared/validation';
import { assertCompoundRole } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { compoundById } from '../org-tree/org-tree.loaders';
import { CompoundCalendarDay } from './compound-calendar-day.entity';
import { dutyAt } from './duty';
import { ServiceStation } from './service-station.entity';
import { StationService } from './station-service.entity';
import { calendarByCompound } from './station.loaders';
import type { AddStationServiceInput, CreateServiceStationInput, OnDuty, SetCalendarDayInput } from './station.types';

/** The compound's Party secretary opens its service station (one per compound). */
export async function createServiceStation(ctx: RequestContext, input: CreateServiceStationInput): Promise<ServiceStation> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const row = Object.assign(new ServiceStation(), {
    id: randomUUID(),
    compoundId,
    name: boundedText(input.name, 'name', 100),
    customFunctions: [...new Set((input.customFunctions ?? []).map((x) => boundedText(x, 'customFunctions', 50)))],
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    if (await m.findOneBy(ServiceStation, { compoundId })) throw conflict('This compound already has a service station');
    await m.insert(ServiceStation, row);
    return row;
  });
}

/** A service moved down to the station (服务下沉), done on the spot or by proxy. */
export async function addStationService(ctx: RequestContext, input: AddStationServiceInput): Promise<StationService> {
  const stationId = assertUuid(input.stationId, 'stationId');
  const name = boundedText(input.name, 'name', 100);
  const category = boundedText(input.category, 'category', 50);
  return inTransaction(ctx, async (m) => {
    const station = await loadOrNotFound(m.findOneBy(ServiceStation, { id: stationId }), 'ServiceStation', stationId);
    const viewer = assertCompoundRole(ctx, station.compoundId);
    const row = Object.assign(new StationService(), { id: randomUUID(), stationId, name, category, mode: input.mode });
    stampCreated(row, viewer.actor, ctx.clock.now());
    await m.insert(StationService, row);
    return row;
  });
}

/** An extra holiday or working day (调休) for the compound; setting a day again replaces it. */
export async function setCompoundCalendarDay(ctx: RequestContext, input: SetCalendarDayInput): Promise<CompoundCalendarDay> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId, ['party_secretary']);
  const day = calendarDate(input.day, 'day');
  const note = optionalText(input.note, 'note', 100);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.query(
      `INSERT INTO compound_calendar_day (compound_id, day, kind, note, created_by, created_at, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$5,$6)
       ON CONFLICT (compound_id, day) DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [compoundId, day, input.kind, note, viewer.actor, now],
    );
    return (await m.findOneBy(CompoundCalendarDay, { compoundId, day }))!;
  });
}

/** Who is on duty at the station at an instant, in its compound's zone and calendar. */
export async function onDutyAt(ctx: RequestContext, station: ServiceStation, at: Date | null): Promise<OnDuty> {
  const when = at ?? ctx.clock.now();
  const compound = (await compoundById(ctx).load(station.compoundId))!;
  const days = await calendarByCompound(ctx).load(station.compoundId);
  const exceptions = new Map(days.map((d) => [d.day, d.kind]));
  return { at: when, ...dutyAt(when, compound.timeZone, (d) => exceptions.get(d)) };
}
