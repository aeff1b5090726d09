import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { OwnedUnit } from './owned-unit.entity';
import { Owner } from './owner.entity';

export function ownerById(ctx: RequestContext) {
  return ctx.loaders.get<string, Owner | null>('ownerById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(Owner).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

export function unitsByOwner(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnedUnit[]>('unitsByOwner', async (ownerIds) => {
    const rows = await ctx.dataSource.getRepository(OwnedUnit).find({ where: { ownerId: In([...ownerIds]) }, order: { householdId: 'ASC' } });
    return groupedByKeys(ownerIds, rows, (r) => r.ownerId);
  });
}

export function unitByHousehold(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnedUnit | null>('unitByHousehold', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OwnedUnit).findBy({ householdId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.householdId, null);
  });
}
