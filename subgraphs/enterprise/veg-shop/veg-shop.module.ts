import type { SubgraphModule } from '../../../shared/server/subgraph-module';
import { VegDailyPrice } from './veg-daily-price.entity';
import { VegOrderLine } from './veg-order-line.entity';
import { VegOrder } from './veg-order.entity';
import { VegProductRequest } from './veg-product-request.entity';
import { VegProduct } from './veg-product.entity';
import { VegPurchase } from './veg-purchase.entity';
import {
  VegOrderLineResolver,
  VegOrderResolver,
  VegProductRequestResolver,
  VegProductResolver,
  VegPurchaseResolver,
} from './veg-shop.resolver';

/** The 24-hour veg shop (便民蔬菜店): products, daily prices, purchases, orders and residents' requests. */
export const vegShopModule: SubgraphModule = {
  entities: [VegProduct, VegPurchase, VegDailyPrice, VegProductRequest, VegOrder, VegOrderLine],
  resolvers: [VegProductResolver, VegPurchaseResolver, VegProductRequestResolver, VegOrderResolver, VegOrderLineResolver],
};
