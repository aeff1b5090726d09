import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from './building.entity';
import { Compound } from './compound.entity';

/** Compounds by id: entity references from other subgraphs arrive as lists of ids. */
export function compoundById(ctx: RequestContext) {
  return ctx.loaders.get<string, Compound | null>('compoundById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(Compound).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

/** A compound's buildings: one statement for every compound of a page. */
export function buildingsByCompound(ctx: RequestContext) {
  return ctx.loaders.get<string, Building[]>('buildingsByCompound', async (compoundIds) => {
    const rows = await ctx.dataSource
      .getRepository(Building)
      .find({ where: { compoundId: In([...compoundIds]) }, order: { number: 'ASC' } });
    return groupedByKeys(compoundIds, rows, (r) => r.compoundId);
  });
}

export function buildingById(ctx: RequestContext) {
  return ctx.loaders.get<string, Building | null>('buildingById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(Building).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (r) => r.id, null);
  });
}
