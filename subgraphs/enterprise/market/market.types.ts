import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Connection } from '../../../shared/pagination/connection';
import { MarketSale } from './market-sale.entity';

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
