import { randomUUID } from 'node:crypto';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../../../shared/time/calendar-date';
import { assertWriteForCompany, canSeeOpenDay } from '../access/access';
import { openDaysByCompound } from './open-day.loaders';
import type { PlanServiceOpenDayInput } from './open-day.types';
import { ServiceOpenDay } from './service-open-day.entity';
import { ServiceStandard } from './service-standard.entity';

/** A fee is never negative, and a fee unit comes with a fee. */
function assertStandards(standards: PlanServiceOpenDayInput['standards']): void {
  if (standards.length === 0) throw badInput('An open day publishes at least one service standard', { field: 'standards' });
  for (const s of standards) {
    if (s.feeFen !== undefined && s.feeFen !== null && s.feeFen < 0n) throw badInput('A fee cannot be negative', { field: 'feeFen' });
    if ((s.feeFen === undefined || s.feeFen === null) && s.feeUnit) throw badInput('A fee unit needs a fee', { field: 'feeUnit' });
  }
}

/**
 * Plans an open day (物业服务公开日) as a draft with its service standards and fees:
 * by the company's staff, and only on a day its contract is in force in the compound.
 */
export async function planServiceOpenDay(ctx: RequestContext, input: PlanServiceOpenDayInput): Promise<ServiceOpenDay> {
  const viewer = requireViewer(ctx);
  const companyId = assertUuid(input.companyId, 'companyId');
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const day = calendarDate(input.day, 'day');
  assertStandards(input.standards);
  assertWriteForCompany(viewer, companyId);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const serving = await m.query(
      `SELECT 1 FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id
        WHERE c.company_id = $1 AND z.compound_id = $2 AND z.period @> $3::date LIMIT 1`,
      [companyId, compoundId, day],
    );
    if (serving.length === 0) throw conflict(`The company has no contract in force in compound ${compoundId} on ${day}`);
    const openDay = stampCreated(
      m.create(ServiceOpenDay, {
        id: randomUUID(),
        companyId,
        compoundId,
        day,
        title: input.title,
        venue: input.venue ?? null,
        status: 'DRAFT',
        publishedAt: null,
        publishedBy: null,
      }),
      viewer.actor,
      now,
    );
    await m.insert(ServiceOpenDay, openDay);
    const standards = input.standards.map((s, i) =>
      stampCreated(
        m.create(ServiceStandard, {
          id: randomUUID(),
          openDayId: openDay.id,
          position: i + 1,
          item: s.item,
          standard: s.standard,
          feeFen: s.feeFen ?? null,
          feeUnit: s.feeUnit ?? null,
        }),
        viewer.actor,
        now,
      ),
    );
    await m.insert(ServiceStandard, standards);
    return openDay;
  });
}

/** Publishes a draft to the residents; its standards are then fixed. */
export async function publishServiceOpenDay(ctx: RequestContext, id: string): Promise<ServiceOpenDay> {
  const viewer = requireViewer(ctx);
  const openDayId = assertUuid(id);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const day = await loadOrNotFound(
      m.getRepository(ServiceOpenDay).findOne({ where: { id: openDayId }, lock: { mode: 'pessimistic_write' } }),
      'ServiceOpenDay',
      openDayId,
    );
    assertWriteForCompany(viewer, day.companyId);
    if (day.status !== 'DRAFT') throw conflict('This open day is already published');
    day.status = 'PUBLISHED';
    day.publishedAt = now;
    day.publishedBy = viewer.actor;
    return m.save(stampUpdated(day, viewer.actor, now));
  });
}

/** A compound's open days the viewer may see, newest first: published ones, and drafts for their company's staff. */
export async function visibleOpenDaysOf(ctx: RequestContext, compoundId: string): Promise<ServiceOpenDay[]> {
  const viewer = requireViewer(ctx);
  return (await openDaysByCompound(ctx).load(compoundId)).filter((d) => canSeeOpenDay(viewer, d));
}
