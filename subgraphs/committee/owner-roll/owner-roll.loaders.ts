import { In } from 'typeorm';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { OwnedUnit } from './owned-unit.entity';
import { Owner } from './owner.entity';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';

export function ownerById(ctx: RequestContext) {
  return byIdLoader(ctx, 'ownerById', Owner);
}

export function unitsByOwner(ctx: RequestContext) {
  return groupedLoader(ctx, 'unitsByOwner', OwnedUnit, 'ownerId', { householdId: 'ASC' });
}

export function unitByHousehold(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnedUnit | null>('unitByHousehold', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OwnedUnit).findBy({ householdId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.householdId, null);
  });
}
