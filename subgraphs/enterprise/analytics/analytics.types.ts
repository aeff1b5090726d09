import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../../shared/money/money.type';

@ObjectType({ description: "One outlet's month: sales and cost of goods from its ledger, and the proceeds." })
export class OutletPeriodFigures {
  outletId: string;
  @Field(() => String) period: string;
  @Field(() => Money) sales: Money;
  @Field(() => Money) costOfGoods: Money;
  @Field(() => Money) proceeds: Money;
  @Field(() => Boolean, { description: 'Whether the month has been settled.' }) settled: boolean;
}

@ObjectType()
export class MealTierFigures {
  @Field(() => Int, { description: 'The tier: 0, 70, 80, 90 by default.' }) tierMinAge: number;
  @Field(() => Int) meals: number;
  @Field(() => Int) paidByCharityFund: number;
  @Field(() => Money) amount: Money;
}

@ObjectType()
export class CharityFundKindFigures {
  @Field(() => String) kind: string;
  @Field(() => Int) entries: number;
  @Field(() => Money) amount: Money;
}

@ObjectType({ description: "A canteen's charity fund (爱心基金) over a range of months." })
export class CharityFundReport {
  @Field(() => Money) income: Money;
  @Field(() => Money, { description: 'Positive: what was spent.' }) spending: Money;
  @Field(() => [CharityFundKindFigures]) byKind: CharityFundKindFigures[];
  @Field(() => Money, { description: 'The balance now.' }) balance: Money;
}

@ObjectType({ description: "Community money paid at the service market: the items' subsidies and the cover of seniors' parts." })
export class CommunitySubsidyFigures {
  outletId: string;
  @Field(() => String) period: string;
  @Field(() => Int) sales: number;
  @Field(() => Money) subsidies: Money;
  @Field(() => Money) seniorCover: Money;
  @Field(() => Money) total: Money;
}
