import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import type { Viewer } from '../../../shared/auth/viewer';
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

/** A token `sub` as issued: 1 to 200 characters, no spaces or control characters. */
export function accountSubOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length < 1 || value.length > 200 || /[\s\p{Cc}]/u.test(value))
    throw badInput('accountSub is a token subject: 1 to 200 characters without spaces', { field: 'accountSub' });
  return value;
}

/**
 * Puts a staff member on the duty-manager rota (or takes them off) and links their user
 * account: the company's own staff or an admin. A duty manager must have an account
 * (it is how notify finds them); one account is one member of a company's staff (CONFLICT).
 * `accountSub` left out keeps the current link; null removes it.
 */
export async function setStaffDuty(
  ctx: RequestContext,
  input: { staffMemberId: string; dutyManager: boolean; accountSub?: string | null },
): Promise<StaffMember> {
  const viewer = requireViewer(ctx);
  const id = assertUuid(input.staffMemberId, 'staffMemberId');
  const accountSub = accountSubOf(input.accountSub);
  const { dutyManager } = input;
  const taken = () => conflict("This user account belongs to another member of the company's staff", { field: 'accountSub' });
  const write = (m: EntityManager) =>
    writeStaffDuty(m, viewer, ctx.clock.now(), id, dutyManager, input.accountSub === undefined ? undefined : accountSub, taken);
  try {
    return await ctx.dataSource.transaction(write);
  } catch (error) {
    // Two members linked to one account at the same instant: the unique index decides.
    if (isUniqueViolation(error, 'staff_member_account_sub')) throw taken();
    throw error;
  }
}

/** setStaffDuty's transaction, on the locked member row. */
async function writeStaffDuty(
  m: EntityManager,
  viewer: Viewer,
  now: Date,
  id: string,
  dutyManager: boolean,
  accountSub: string | null | undefined,
  taken: () => Error,
): Promise<StaffMember> {
  const member = await loadOrNotFound(
    m.getRepository(StaffMember).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }),
    'StaffMember',
    id,
  );
  assertWriteForCompany(viewer, member.companyId);
  if (accountSub !== undefined) member.accountSub = accountSub;
  if (dutyManager && !member.active) throw conflict('An inactive staff member cannot be a duty manager', { field: 'dutyManager' });
  if (dutyManager && !member.accountSub)
    throw badInput('A duty manager needs their user account (accountSub) to be told of breaches', { field: 'accountSub' });
  member.dutyManager = dutyManager;
  if (member.accountSub) {
    const holder = await m.query(`SELECT id FROM staff_member WHERE company_id = $1 AND account_sub = $2 AND id <> $3 FOR UPDATE`, [
      member.companyId,
      member.accountSub,
      id,
    ]);
    if (holder.length) throw taken();
  }
  stampUpdated(member, viewer.actor, now);
  await m.save(member);
  return member;
}
