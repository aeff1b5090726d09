import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../server/context';
import { byKeys, groupedByKeys } from './loaders';

/**
 * The two loaders nearly every field resolver needs, so each subgraph does not write the
 * same batch function again: rows by id, and a parent's children in a fixed order. Both
 * run one statement per batch; `name` is the per-request registry key.
 */

/** Rows of a table with a uuid `id`, by id; a missing id yields null. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, name: string, target: EntityTarget<T>) {
  return ctx.loaders.get<string, T | null>(name, async (ids) => {
    const rows = await ctx.dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
    return byKeys(ids, rows, (r) => r.id, null);
  });
}

/** Children by parent id (the `parentKey` column), in `order`; a parent with none yields []. */
export function groupedLoader<T extends ObjectLiteral>(
  ctx: RequestContext,
  name: string,
  target: EntityTarget<T>,
  parentKey: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return ctx.loaders.get<string, T[]>(name, async (parentIds) => {
    const rows = await ctx.dataSource
      .getRepository(target)
      .find({ where: { [parentKey]: In([...parentIds]) } as never, order: order as never });
    return groupedByKeys(parentIds, rows, (r) => r[parentKey] as string);
  });
}
