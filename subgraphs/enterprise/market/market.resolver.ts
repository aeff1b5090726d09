import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { forbidden } from '../../../shared/errors';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { outletOfKind } from '../common/outlets';
import { OutletKind } from '../outlet/outlet-kind';
import { Resident } from '../refs/resident.ref';
import { MarketItem, MarketSale } from './market.entities';
import { createMarketItem, recordMarketSale } from './market.service';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { byIdLoader } from '../../../shared/db/entity-loaders';

@ObjectType()
export class MarketSaleConnection extends Connection(MarketSale) {}

@InputType()
export class CreateMarketItemInput {
  @Field(() => ID) outletId: string;
  @Field(() => String) name: string;
  @Field(() => String) merchantName: string;
  @Field(() => FenScalar) listPriceFen: bigint;
  @Field(() => FenScalar) merchantDiscountFen: bigint;
  @Field(() => FenScalar) communitySubsidyFen: bigint;
}

@InputType()
export class RecordMarketSaleInput {
  @Field(() => ID) itemId: string;
  @Field(() => Int) quantity: number;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The buyer's birth date (YYYY-MM-DD) as checked at the counter; 60 and over pay nothing. Not stored.",
  })
  buyerBirthDate?: string | null;
  @Field(() => String) idempotencyKey: string;
}

const byCreated = (alias: string) => ({
  column: `${alias}.created_at`,
  idColumn: `${alias}.id`,
  valueOf: (r: MarketSale) => r.createdAt.toISOString(),
  idOf: (r: MarketSale) => r.id,
});

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
  async marketItems(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.SERVICE_MARKET);
    return ctx.dataSource.getRepository(MarketItem).find({ where: { outletId: outlet.id }, order: { name: 'ASC' } });
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => MarketSaleConnection)
  async marketSales(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.SERVICE_MARKET);
    if (!(viewer.isAnalyst || viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff')))
      throw forbidden("Only the market's staff and analysts read its sales");
    return paginate(
      ctx.dataSource.getRepository(MarketSale).createQueryBuilder('x').where('x.outlet_id = :id', { id: outlet.id }),
      page,
      byCreated('x'),
    );
  }

  @Authorized('resident', 'owner')
  @Query(() => MarketSaleConnection, { description: "The signed-in resident's own market purchases." })
  myMarketPurchases(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const residentId = requireViewer(ctx).residentId ?? '00000000-0000-0000-0000-000000000000';
    return paginate(
      ctx.dataSource.getRepository(MarketSale).createQueryBuilder('x').where('x.resident_id = :residentId', { residentId }),
      page,
      byCreated('x'),
    );
  }

  @FieldResolver(() => MarketItem)
  async item(@Root() sale: MarketSale, @Ctx() ctx: RequestContext) {
    const loader = byIdLoader(ctx, 'marketItemById', MarketItem);
    return (await loader.load(sale.itemId))!;
  }

  @FieldResolver(() => Resident, { nullable: true })
  resident(@Root() sale: MarketSale): Resident | null {
    return sale.residentId ? { id: sale.residentId } : null;
  }
}
