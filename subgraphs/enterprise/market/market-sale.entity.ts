import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: 'A service market sale, with who paid what; the parts add up to the list price.' })
@Entity('market_sale')
export class MarketSale extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('item_id')
  itemId: string;

  @UuidColumn('resident_id', { nullable: true })
  residentId: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Boolean, { description: 'The buyer was 60 or over that day: the community covered their part.' })
  @Column({ type: 'boolean' })
  senior: boolean;

  @FenColumn('list_price_fen')
  listPriceFen: bigint;

  @FenColumn('merchant_discount_fen')
  merchantDiscountFen: bigint;

  @FenColumn('community_subsidy_fen')
  communitySubsidyFen: bigint;

  @FenColumn('senior_cover_fen')
  seniorCoverFen: bigint;

  @FenColumn('resident_paid_fen')
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
