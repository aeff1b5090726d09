import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { ownResidentIdOrNone } from '../access/access';
import { Resident } from '../neighbours/resident.ref';
import { MarketItem } from './market-item.entity';
import { MarketSale } from './market-sale.entity';
import { marketItemById } from './market.loaders';
import { createMarketItem, itemsOf, marketSaleList, readableMarket, recordMarketSale } from './market.service';
import { CreateMarketItemInput, MarketSaleConnection, RecordMarketSaleInput } from './market.types';

@Resolver(() => MarketSale)
export class MarketResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => MarketItem)
  createMarketItem(@Arg('input', () => CreateMarketItemInput) input: CreateMarketItemInput, @Ctx() ctx: RequestContext) {
    return createMarketItem(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => MarketSale, { description: 'Records a service market sale with who paid what.' })
  recordMarketSale(@Arg('input', () => RecordMarketSaleInput) input: RecordMarketSaleInput, @Ctx() ctx: RequestContext) {
    return recordMarketSale(ctx, input);
  }

  @Authorized()
  @Query(() => [MarketItem])
  marketItems(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return itemsOf(ctx, outletId);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => MarketSaleConnection)
  async marketSales(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return marketSaleList.page(ctx, { outletId: await readableMarket(ctx, outletId) }, page);
  }

  @Authorized('resident', 'owner')
  @Query(() => MarketSaleConnection, { description: "The signed-in resident's own market purchases." })
  myMarketPurchases(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return marketSaleList.page(ctx, { residentId: ownResidentIdOrNone(ctx) }, page);
  }

  @FieldResolver(() => MarketItem)
  async item(@Root() sale: MarketSale, @Ctx() ctx: RequestContext) {
    return (await marketItemById(ctx).load(sale.itemId))!;
  }

  @FieldResolver(() => Resident, { nullable: true })
  resident(@Root() sale: MarketSale): Resident | null {
    return sale.residentId ? { id: sale.residentId } : null;
  }
}
