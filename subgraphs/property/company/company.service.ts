import { randomUUID } from 'node:crypto';
import { stampCreated } from '../../../shared/audit/audited';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import type { PageArgs } from '../../../shared/pagination/connection';
import { defineList, sortKey } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { companyById } from './company.loaders';
import { PropertyCompany } from './property-company.entity';

/** One company by id, or NOT_FOUND. */
export function companyFor(ctx: RequestContext, id: string): Promise<PropertyCompany> {
  return loadOrNotFound(companyById(ctx).load(assertUuid(id)), 'PropertyCompany', id);
}

/** Every property company, by name: as open as `propertyCompany(id)`, to everyone signed in. */
const companyList = defineList<PropertyCompany, object>({
  entity: PropertyCompany,
  alias: 'c',
  filters: {},
  order: sortKey<PropertyCompany>('c', ['c.name', (c) => c.name]),
});

export function propertyCompanies(ctx: RequestContext, args: PageArgs) {
  return companyList.page(ctx, {}, args);
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
