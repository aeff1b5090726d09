import { In } from 'typeorm';
import { groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from './common-area.entity';

export function areasByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, CommonArea[]>('areasByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource.getRepository(CommonArea).find({ where: { compoundId: In([...compoundIds]) }, order: { key: 'ASC' } });
    return groupedByKeys(compoundIds, rows, (r) => r.compoundId);
  });
}
