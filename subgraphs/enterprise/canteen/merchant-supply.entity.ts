import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: 'Dishes a nearby merchant supplied at half price; the other half went to the charity fund.' })
@Entity('merchant_supply')
export class MerchantSupply extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => String)
  @Column({ name: 'merchant_name', type: 'text' })
  merchantName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @FenColumn('value_fen')
  valueFen: bigint;

  @FenColumn('paid_fen')
  paidFen: bigint;

  @FenColumn('credited_fen')
  creditedFen: bigint;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money, { description: 'Full price of what was supplied.' })
  get value(): Money {
    return Money.of(this.valueFen);
  }

  @Field(() => Money, { description: 'What the canteen paid (half).' })
  get paid(): Money {
    return Money.of(this.paidFen);
  }

  @Field(() => Money, { description: 'What was credited to the charity fund (the other half).' })
  get credited(): Money {
    return Money.of(this.creditedFen);
  }
}
