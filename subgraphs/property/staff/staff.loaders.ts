import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { StaffMember } from './staff-member.entity';

/** Each company's staff: `PropertyCompany.staff` over a page of companies is one statement. */
export function staffByCompany(ctx: RequestContext) {
  return groupedLoader(ctx, 'staffByCompany', StaffMember, 'companyId', { name: 'ASC', id: 'ASC' });
}

/** Staff by id: the assignees of a page of work orders in one statement. */
export function staffById(ctx: RequestContext) {
  return byIdLoader(ctx, 'staffById', StaffMember);
}
