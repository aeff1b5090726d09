import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Money } from '../../../shared/money/money.type';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { MealOrderField } from './canteen.enums';
import { CharityFundEntry } from './charity-fund-entry.entity';
import { MealCard } from './meal-card.entity';
import { Meal } from './meal.entity';

@ObjectType()
export class MealConnection extends Connection(Meal) {}
@InputType()
export class MealOrder extends OrderInput(MealOrderField) {}

@ArgsType()
export class MealPageArgs extends PageArgs {
  @Field(() => MealOrder, { nullable: true, description: 'Default: in the order served.' })
  orderBy?: MealOrder | null;
}

@ObjectType()
export class MealCardConnection extends Connection(MealCard) {}
@ObjectType()
export class CharityFundEntryConnection extends Connection(CharityFundEntry) {}

@ObjectType({ description: "A canteen's charity fund (爱心基金)." })
export class CharityFund {
  @Field(() => ID)
  outletId: string;
  @Field(() => Money)
  balance: Money;
}

@InputType()
export class IssueMealCardInput {
  @Field(() => ID) outletId: string;
  @Field(() => String) cardNo: string;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => String, { nullable: true }) holderName?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, checked against an ID document by the issuing staff.' }) birthDate?:
    string | null;
}

@InputType()
export class RecordMealInput {
  @Field(() => ID) cardId: string;
  @Field(() => Boolean, { nullable: true, description: 'Pay from the charity fund (registered families in difficulty only).' })
  payFromCharityFund?: boolean | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class RecordMerchantSupplyInput {
  @Field(() => ID) outletId: string;
  @Field(() => String) merchantName: string;
  @Field(() => String) description: string;
  @Field(() => FenScalar, { description: 'Full price of the dishes supplied; the canteen pays half.' }) valueFen: bigint;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class RegisterDifficultyFamilyInput {
  @Field(() => ID) outletId: string;
  @Field(() => ID) householdId: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}
