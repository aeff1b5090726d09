import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { Money } from '../../../shared/money/money.type';
import { bigintColumn } from '../../../shared/db/bigint-column';

export enum MealPaidBy {
  DINER = 'DINER',
  /** Paid from the charity fund (爱心基金) for a registered family in difficulty. */
  CHARITY_FUND = 'CHARITY_FUND',
}
registerEnumType(MealPaidBy, { name: 'MealPaidBy' });

export enum CharityFundEntryKind {
  MERCHANT_SUPPLY_CREDIT = 'MERCHANT_SUPPLY_CREDIT',
  DONATION = 'DONATION',
  MEAL_SUBSIDY = 'MEAL_SUBSIDY',
}
registerEnumType(CharityFundEntryKind, { name: 'CharityFundEntryKind' });

@ObjectType({ description: 'One row of a canteen price table: from this age (inclusive) the meal costs this much.' })
@Entity('meal_price_tier')
export class MealPriceTier extends Audited {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId: string | null;

  @Field(() => Int)
  @Column({ name: 'min_age', type: 'int' })
  minAge: number;

  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintColumn })
  priceFen: bigint;

  @Field(() => Money)
  get price(): Money {
    return Money.of(this.priceFen);
  }
}

@ObjectType({ description: "A canteen meal card (饭卡); the holder's birth date, once verified, sets the price." })
@Entity('meal_card')
export class MealCard extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => String)
  @Column({ name: 'card_no', type: 'text' })
  cardNo: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  /** Personal data: see the resolver. */
  @Column({ name: 'holder_name', type: 'text', nullable: true })
  holderName: string | null;

  /** Personal data: see the resolver. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'birth_date_verified_by', type: 'text', nullable: true })
  birthDateVerifiedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff verified the birth date (meals need it).' })
  @Column({ name: 'birth_date_verified_at', type: 'timestamptz', nullable: true })
  birthDateVerifiedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the holder's personal data was erased on request; the card then serves no more meals.",
  })
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'erased_by', type: 'text', nullable: true })
  erasedBy: string | null;
}

@ObjectType({ description: "A meal served at the canteen, priced by the diner's age that day." })
@Entity('meal')
export class Meal extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'card_id', type: 'uuid' })
  cardId: string;

  @Field(() => String, { description: 'The local day (Asia/Shanghai).' })
  @Column({ name: 'meal_date', type: 'date' })
  mealDate: string;

  @Column({ name: 'age_years', type: 'int' })
  ageYears: number;

  @Field(() => Int, { description: 'The minimum age of the tier applied (0, 70, 80, 90 by default).' })
  @Column({ name: 'tier_min_age', type: 'int' })
  tierMinAge: number;

  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintColumn })
  priceFen: bigint;

  @Field(() => MealPaidBy)
  @Column({ name: 'paid_by', type: 'text' })
  paidBy: MealPaidBy;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money)
  get price(): Money {
    return Money.of(this.priceFen);
  }

  @Field(() => Date)
  get servedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType({ description: "A line of the canteen's charity fund (爱心基金): credits from half-price supply and donations, meals paid." })
@Entity('charity_fund_entry')
export class CharityFundEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => CharityFundEntryKind)
  @Column({ type: 'text' })
  kind: CharityFundEntryKind;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintColumn })
  amountFen: bigint;

  @Column({ name: 'balance_after_fen', type: 'bigint', transformer: bigintColumn })
  balanceAfterFen: bigint;

  @Field(() => ID, { nullable: true, description: 'The supply or meal it came from.' })
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
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

@ObjectType({ description: 'A family in difficulty registered with the canteen: its meals may be paid from the charity fund.' })
@Entity('difficulty_family')
export class DifficultyFamily extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => ID)
  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@ObjectType({ description: 'Dishes a nearby merchant supplied at half price; the other half went to the charity fund.' })
@Entity('merchant_supply')
export class MerchantSupply extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Field(() => String)
  @Column({ name: 'merchant_name', type: 'text' })
  merchantName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'value_fen', type: 'bigint', transformer: bigintColumn })
  valueFen: bigint;

  @Column({ name: 'paid_fen', type: 'bigint', transformer: bigintColumn })
  paidFen: bigint;

  @Column({ name: 'credited_fen', type: 'bigint', transformer: bigintColumn })
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
