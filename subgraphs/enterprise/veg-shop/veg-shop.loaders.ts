import { In } from 'typeorm';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { VegDailyPrice, VegOrderLine, VegProduct } from './veg-shop.entities';
import { byIdLoader } from '../../../shared/db/entity-loaders';

export function vegProductById(ctx: RequestContext) {
  return byIdLoader(ctx, 'vegProductById', VegProduct);
}

export function vegLinesByOrder(ctx: RequestContext) {
  return ctx.loaders.get<string, VegOrderLine[]>('vegLinesByOrder', async (ids) =>
    groupedByKeys(
      ids,
      await ctx.dataSource.getRepository(VegOrderLine).find({ where: { orderId: In([...ids]) }, order: { lineNo: 'ASC' } }),
      (r) => r.orderId,
    ),
  );
}

/** Each product's price today (Asia/Shanghai), by the server's clock. */
export function vegTodayPriceByProduct(ctx: RequestContext) {
  return ctx.loaders.get<string, VegDailyPrice | null>('vegTodayPriceByProduct', async (ids) =>
    byKeys(
      ids,
      await ctx.dataSource.getRepository(VegDailyPrice).findBy({ productId: In([...ids]), date: localDate(ctx.clock.now()) }),
      (r) => r.productId,
      null,
    ),
  );
}
