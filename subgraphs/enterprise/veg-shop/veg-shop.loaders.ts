import { In } from 'typeorm';
import { byIdLoader } from '../../../shared/db/entity-loaders';
import { byKeys, groupedByKeys } from '../../../shared/db/loaders';
import type { RequestContext } from '../../../shared/server/context';
import { localDate } from '../../../shared/time/local-time';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegOrderLine } from './veg-order-line.entity';
import { VegProduct } from './veg-product.entity';

/** Products by id: every order line and purchase of a page names its product through one batch. */
export function vegProductById(ctx: RequestContext) {
  return byIdLoader(ctx, 'vegProductById', VegProduct);
}

/** Each order's lines, in line order: one statement for every order of a page. */
export function vegLinesByOrder(ctx: RequestContext) {
  return ctx.loaders.get<string, VegOrderLine[]>('vegLinesByOrder', async (ids) =>
    groupedByKeys(
      ids,
      await ctx.dataSource.getRepository(VegOrderLine).find({ where: { orderId: In([...ids]) }, order: { lineNo: 'ASC' } }),
      (r) => r.orderId,
    ),
  );
}

/** Each product's price today (Asia/Shanghai), by the server's clock: one statement for a shop's whole list. */
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
