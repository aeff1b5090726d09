import type { RequestContext } from '../../../shared/server/context';
import { StaffMember } from './staff-member.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

export function staffByCompany(ctx: RequestContext) {
  return groupedLoader(ctx, 'staffByCompany', StaffMember, 'companyId', { name: 'ASC', id: 'ASC' });
}

export function staffById(ctx: RequestContext) {
  return byIdLoader(ctx, 'staffById', StaffMember);
}
