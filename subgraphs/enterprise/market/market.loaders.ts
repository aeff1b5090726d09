import { byIdLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { MarketItem } from './market-item.entity';

/** Items by id: every sale of a page names its item through one batch. */
export function marketItemById(ctx: RequestContext) {
  return byIdLoader(ctx, 'marketItemById', MarketItem);
}
