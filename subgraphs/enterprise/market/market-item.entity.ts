import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: 'An item of the service market (城南市集): list price, merchant discount, community subsidy.' })
@Entity('market_item')
export class MarketItem extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ name: 'merchant_name', type: 'text' })
  merchantName: string;

  @FenColumn('list_price_fen')
  listPriceFen: bigint;

  @FenColumn('merchant_discount_fen')
  merchantDiscountFen: bigint;

  @FenColumn('community_subsidy_fen')
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
