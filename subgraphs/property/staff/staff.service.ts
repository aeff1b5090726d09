import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertWriteForCompany } from '../access/access';
import { companyById } from '../company/company.loaders';
import { StaffMember } from './staff-member.entity';

/** Adds a member to a company's staff: its own staff or an admin. */
export async function addStaffMember(
  ctx: RequestContext,
  input: { companyId: string; name: string; title?: string | null },
): Promise<StaffMember> {
  const viewer = requireViewer(ctx);
  const companyId = assertUuid(input.companyId, 'companyId');
  assertWriteForCompany(viewer, companyId);
  await loadOrNotFound(companyById(ctx).load(companyId), 'PropertyCompany', companyId);
  const member = stampCreated(
    Object.assign(new StaffMember(), { id: randomUUID(), companyId, name: input.name, title: input.title ?? null, active: true }),
    viewer.actor,
    ctx.clock.now(),
  );
  await ctx.dataSource.getRepository(StaffMember).insert(member);
  return member;
}

/** A member of the company's staff who is still active (a work order is dispatched only to one), or null. */
export async function activeStaffMember(m: EntityManager, id: string, companyId: string): Promise<StaffMember | null> {
  const worker = await m.getRepository(StaffMember).findOneBy({ id });
  return worker && worker.companyId === companyId && worker.active ? worker : null;
}
