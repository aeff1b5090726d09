import { In } from 'typeorm';
import { groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CofundingContribution } from './cofunding-contribution.entity';
import { summarise } from './cofunding.service';
import type { Cofunding } from './cofunding.types';

/** Each outlet's contributions and totals by source: one statement for every outlet of a page. */
export function cofundingByOutlet(ctx: RequestContext) {
  return ctx.loaders.get<string, Cofunding>('cofundingByOutlet', async (outletIds) => {
    const rows = await ctx.dataSource
      .getRepository(CofundingContribution)
      .find({ where: { outletId: In([...outletIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupedByKeys(outletIds, rows, (r) => r.outletId).map(summarise);
  });
}
