import { In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { byKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { OwnedUnit } from './owned-unit.entity';
import { Owner } from './owner.entity';

/** OwnedUnit.owner and CommitteeSeat.owner of a list: one statement, not one per unit or seat. */
export function ownerById(ctx: RequestContext) {
  return byIdLoader(ctx, 'ownerById', Owner);
}

/** Owner.units and Owner.areaCentiM2 of a page of owners: one statement. */
export function unitsByOwner(ctx: RequestContext) {
  return groupedLoader(ctx, 'unitsByOwner', OwnedUnit, 'ownerId', { householdId: 'ASC' });
}

/** Household.ownedUnit over party's household lists: one statement for the page. */
export function unitByHousehold(ctx: RequestContext) {
  return ctx.loaders.get<string, OwnedUnit | null>('unitByHousehold', async (ids) => {
    const rows = await ctx.dataSource.getRepository(OwnedUnit).findBy({ householdId: In([...ids]) });
    return byKeys(ids, rows, (r) => r.householdId, null);
  });
}
