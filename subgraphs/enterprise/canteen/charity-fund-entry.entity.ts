import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';
import { CharityFundEntryKind } from './canteen.enums';

@ObjectType({ description: "A line of the canteen's charity fund (爱心基金): credits from half-price supply and donations, meals paid." })
@Entity('charity_fund_entry')
export class CharityFundEntry {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => CharityFundEntryKind)
  @Column({ type: 'text' })
  kind: CharityFundEntryKind;

  @FenColumn('amount_fen')
  amountFen: bigint;

  @FenColumn('balance_after_fen')
  balanceAfterFen: bigint;

  @Field(() => ID, { nullable: true, description: 'The supply or meal it came from.' })
  @UuidColumn('source_id', { nullable: true })
  sourceId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Money, { description: 'Positive: income; negative: spending.' })
  get amount(): Money {
    return Money.of(this.amountFen);
  }

  @Field(() => Money)
  get balanceAfter(): Money {
    return Money.of(this.balanceAfterFen);
  }
}
