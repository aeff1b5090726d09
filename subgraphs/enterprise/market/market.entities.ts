import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { Money } from '../../../shared/money/money.type';
import { bigintColumn } from '../../../shared/db/bigint-column';

@ObjectType({ description: 'An item of the service market (城南市集): list price, merchant discount, community subsidy.' })
@Entity('market_item')
export class MarketItem extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ name: 'merchant_name', type: 'text' })
  merchantName: string;

  @Column({ name: 'list_price_fen', type: 'bigint', transformer: bigintColumn })
  listPriceFen: bigint;

  @Column({ name: 'merchant_discount_fen', type: 'bigint', transformer: bigintColumn })
  merchantDiscountFen: bigint;

  @Column({ name: 'community_subsidy_fen', type: 'bigint', transformer: bigintColumn })
  communitySubsidyFen: bigint;

  @Field(() => Money)
  get listPrice(): Money {
    return Money.of(this.listPriceFen);
  }

  @Field(() => Money)
  get merchantDiscount(): Money {
    return Money.of(this.merchantDiscountFen);
  }

  @Field(() => Money)
  get communitySubsidy(): Money {
    return Money.of(this.communitySubsidyFen);
  }

  @Field(() => Money, { description: 'What a resident under 60 pays.' })
  get residentPrice(): Money {
    return Money.of(this.listPriceFen - this.merchantDiscountFen - this.communitySubsidyFen);
  }
}

@ObjectType({ description: 'A service market sale, with who paid what; the parts add up to the list price.' })
@Entity('market_sale')
export class MarketSale extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Boolean, { description: 'The buyer was 60 or over that day: the community covered their part.' })
  @Column({ type: 'boolean' })
  senior: boolean;

  @Column({ name: 'list_price_fen', type: 'bigint', transformer: bigintColumn })
  listPriceFen: bigint;

  @Column({ name: 'merchant_discount_fen', type: 'bigint', transformer: bigintColumn })
  merchantDiscountFen: bigint;

  @Column({ name: 'community_subsidy_fen', type: 'bigint', transformer: bigintColumn })
  communitySubsidyFen: bigint;

  @Column({ name: 'senior_cover_fen', type: 'bigint', transformer: bigintColumn })
  seniorCoverFen: bigint;

  @Column({ name: 'resident_paid_fen', type: 'bigint', transformer: bigintColumn })
  residentPaidFen: bigint;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money) get listPrice(): Money {
    return Money.of(this.listPriceFen);
  }
  @Field(() => Money) get merchantDiscount(): Money {
    return Money.of(this.merchantDiscountFen);
  }
  @Field(() => Money) get communitySubsidy(): Money {
    return Money.of(this.communitySubsidyFen);
  }
  @Field(() => Money, { description: "The community's cover of a senior's part." }) get seniorCover(): Money {
    return Money.of(this.seniorCoverFen);
  }
  @Field(() => Money) get residentPaid(): Money {
    return Money.of(this.residentPaidFen);
  }
  @Field(() => Date) get soldAt(): Date {
    return this.createdAt;
  }
}
