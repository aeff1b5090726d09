import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money } from '../../../shared/money/money.type';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { DateRange, USE_PERIOD } from '../../../shared/time/date-range';
import { ownResidentIdOrNone } from '../access/access';
import { Resident } from '../neighbours/resident.ref';
import { mealCardById } from './canteen.loaders';
import {
  charityFundEntryList,
  charityFundOf,
  mealDays,
  mealList,
  priceTableOf,
  readableCanteen,
  recordMeal,
  recordMerchantSupply,
  registerDifficultyFamily,
  visibleAge,
} from './canteen.service';
import {
  eraseMealCardHolder,
  issueMealCard,
  mealCardList,
  ownMealCards,
  readableMealCard,
  seesCardPersonalData,
  verifyBirthDate,
} from './meal-card.service';
import {
  CharityFund,
  CharityFundEntryConnection,
  IssueMealCardInput,
  MealCardConnection,
  MealConnection,
  MealPageArgs,
  RecordMealInput,
  RecordMerchantSupplyInput,
  RegisterDifficultyFamilyInput,
} from './canteen.types';
import { DifficultyFamily } from './difficulty-family.entity';
import { MealCard } from './meal-card.entity';
import { MealPriceTier } from './meal-price-tier.entity';
import { Meal } from './meal.entity';
import { MerchantSupply } from './merchant-supply.entity';

@Resolver(() => MealCard)
export class MealCardResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => MealCard)
  issueMealCard(@Arg('input', () => IssueMealCardInput) input: IssueMealCardInput, @Ctx() ctx: RequestContext) {
    return issueMealCard(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => MealCard, { description: "Records a card's verified birth date (once)." })
  verifyMealCardBirthDate(
    @Arg('cardId', () => ID) cardId: string,
    @Arg('birthDate', () => String) birthDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return verifyBirthDate(ctx, cardId, birthDate);
  }

  @Authorized('resident', 'owner', 'enterprise_staff', 'admin')
  @Mutation(() => MealCard, {
    description: "Erases the holder's personal data on request; the card and its meals stay, without the person.",
  })
  eraseMealCardHolder(@Arg('cardId', () => ID) cardId: string, @Ctx() ctx: RequestContext) {
    return eraseMealCardHolder(ctx, cardId);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => MealCardConnection)
  async mealCards(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return mealCardList.page(ctx, { outletId: await readableCanteen(ctx, outletId) }, page);
  }

  @Authorized('resident', 'owner')
  @Query(() => [MealCard], { description: "The signed-in resident's meal cards." })
  myMealCards(@Ctx() ctx: RequestContext) {
    return ownMealCards(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: null for analysts and others.' })
  async holderName(@Root() card: MealCard, @Ctx() ctx: RequestContext) {
    return (await seesCardPersonalData(ctx, card)) ? card.holderName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data (YYYY-MM-DD): null for analysts and others.' })
  async birthDate(@Root() card: MealCard, @Ctx() ctx: RequestContext) {
    return (await seesCardPersonalData(ctx, card)) ? card.birthDate : null;
  }

  @FieldResolver(() => Resident, { nullable: true })
  resident(@Root() card: MealCard): Resident | null {
    return card.residentId ? { id: card.residentId } : null;
  }
}

@Resolver(() => Meal)
export class MealResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => Meal, { description: "Serves a meal on a card at the price of the diner's age today." })
  recordMeal(@Arg('input', () => RecordMealInput) input: RecordMealInput, @Ctx() ctx: RequestContext) {
    return recordMeal(ctx, input);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => MealConnection)
  async meals(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('period', () => DateRange, { nullable: true, description: 'Only meals of these local days.' }) period: DateRange | null,
    @Arg('date', () => String, { nullable: true, deprecationReason: USE_PERIOD }) date: string | null,
    @Args(() => MealPageArgs) page: MealPageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mealList.page(ctx, { outletId: await readableCanteen(ctx, outletId), period: mealDays(period, date) }, page);
  }

  @Authorized('resident', 'owner')
  @Query(() => MealConnection, { description: "The signed-in resident's own meals." })
  myMeals(@Args(() => MealPageArgs) page: MealPageArgs, @Ctx() ctx: RequestContext) {
    return mealList.page(ctx, { residentId: ownResidentIdOrNone(ctx) }, page);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The diner's age that day (whole years); null for analysts, who see the tier." })
  ageYears(@Root() meal: Meal, @Ctx() ctx: RequestContext) {
    return visibleAge(ctx, meal);
  }

  @FieldResolver(() => MealCard)
  async card(@Root() meal: Meal, @Ctx() ctx: RequestContext) {
    return (await mealCardById(ctx).load(meal.cardId))!;
  }
}

@Resolver(() => MealPriceTier)
export class CanteenResolver {
  @Authorized()
  @Query(() => [MealPriceTier], { description: "A canteen's price table by age (bounds inclusive)." })
  mealPriceTiers(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return priceTableOf(ctx, outletId);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => MerchantSupply, {
    description: 'A merchant supplied dishes at half price; the other half is credited to the charity fund.',
  })
  recordMerchantSupply(@Arg('input', () => RecordMerchantSupplyInput) input: RecordMerchantSupplyInput, @Ctx() ctx: RequestContext) {
    return recordMerchantSupply(ctx, input);
  }

  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => DifficultyFamily, { description: 'Registers a family in difficulty whose meals the charity fund pays.' })
  registerDifficultyFamily(
    @Arg('input', () => RegisterDifficultyFamilyInput) input: RegisterDifficultyFamilyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return registerDifficultyFamily(ctx, input);
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => CharityFund)
  async charityFund(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext): Promise<CharityFund> {
    const fund = await charityFundOf(ctx, outletId);
    return { outletId: fund.outletId, balance: Money.of(fund.balanceFen) };
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => CharityFundEntryConnection)
  async charityFundEntries(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return charityFundEntryList.page(ctx, { outletId: await readableCanteen(ctx, outletId) }, page);
  }

  @Authorized()
  @Query(() => MealCard)
  mealCard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return readableMealCard(ctx, id);
  }
}
