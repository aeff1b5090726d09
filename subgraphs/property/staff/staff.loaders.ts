import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { StaffMember } from './staff-member.entity';

export function staffByCompany(ctx: RequestContext) {
  return ctx.loaders.get<string, StaffMember[]>('staffByCompany', async (companyIds) => {
    const rows = await ctx.dataSource.getRepository(StaffMember).find({ where: { companyId: In([...companyIds]) }, order: { name: 'ASC', id: 'ASC' } });
    return groupedByKeys(companyIds, rows, (r) => r.companyId);
  });
}

export function staffById(ctx: RequestContext) {
  return ctx.loaders.get<string, StaffMember | null>('staffById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(StaffMember).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
