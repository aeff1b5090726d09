import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { companyById } from './company.loaders';
import { PropertyCompany } from './property-company.entity';

/** One company by id, or NOT_FOUND. */
export function companyFor(ctx: RequestContext, id: string): Promise<PropertyCompany> {
  return loadOrNotFound(companyById(ctx).load(assertUuid(id)), 'PropertyCompany', id);
}

/** Registers a property company (the root field admits admins only). */
export async function createPropertyCompany(
  ctx: RequestContext,
  input: { name: string; nameZh?: string | null },
): Promise<PropertyCompany> {
  const viewer = requireViewer(ctx);
  const company = stampCreated(
    Object.assign(new PropertyCompany(), { id: randomUUID(), name: input.name, nameZh: input.nameZh ?? null }),
    viewer.actor,
    ctx.clock.now(),
  );
  await ctx.dataSource.getRepository(PropertyCompany).insert(company);
  return company;
}
