import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { assertUuid, forbidden, notFound } from '../../../shared/errors';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Money } from '../../../shared/money/money.type';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertDate } from '../common/date-input';
import { outletOfKind } from '../common/outlets';
import { OutletKind } from '../outlet/outlet-kind';
import { outletById } from '../outlet/outlet.loaders';
import { Resident } from '../refs/resident.ref';
import { CharityFundEntry, DifficultyFamily, Meal, MealCard, MealPriceTier, MerchantSupply } from './canteen.entities';
import {
  eraseMealCardHolder,
  issueMealCard,
  recordMeal,
  recordMerchantSupply,
  registerDifficultyFamily,
  tiersOf,
  verifyBirthDate,
} from './canteen.service';
import { charityFundBalance } from './charity-fund';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { byIdLoader } from '../../../shared/db/entity-loaders';

@ObjectType()
export class MealConnection extends Connection(Meal) {}
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

const byCreated = <T extends { createdAt: Date; id: string }>(alias: string) => ({
  column: `${alias}.created_at`,
  idColumn: `${alias}.id`,
  valueOf: (r: T) => r.createdAt.toISOString(),
  idOf: (r: T) => r.id,
});

/** The canteen's staff, or (for reading) analysts and admins. */
async function assertCanteenReader(ctx: RequestContext, outletId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.CANTEEN);
  if (!(viewer.isAnalyst || viewer.canActForEnterprise(outlet.enterpriseId, 'enterprise_staff')))
    throw forbidden("Only the canteen's staff and analysts read its books");
  return outlet.id;
}

/** Name and birth date: the holder, the canteen's staff, admins and services; never analysts. */
async function seesCardPersonalData(ctx: RequestContext, card: MealCard): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.seesPersonalDataOf(card.residentId)) return true;
  const outlet = await outletById(ctx).load(card.outletId);
  return !!outlet && viewer.grants('enterprise_staff').some((g) => g.enterpriseId === outlet.enterpriseId);
}

function cardById(ctx: RequestContext) {
  return byIdLoader(ctx, 'mealCardById', MealCard);
}

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
    const id = await assertCanteenReader(ctx, outletId);
    return paginate(
      ctx.dataSource.getRepository(MealCard).createQueryBuilder('x').where('x.outlet_id = :id', { id }),
      page,
      byCreated<MealCard>('x'),
    );
  }

  @Authorized('resident', 'owner')
  @Query(() => [MealCard], { description: "The signed-in resident's meal cards." })
  myMealCards(@Ctx() ctx: RequestContext) {
    const residentId = requireViewer(ctx).residentId;
    if (!residentId) return [];
    return ctx.dataSource.getRepository(MealCard).find({ where: { residentId }, order: { createdAt: 'ASC' } });
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
    @Arg('date', () => String, { nullable: true }) date: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const id = await assertCanteenReader(ctx, outletId);
    const qb = ctx.dataSource.getRepository(Meal).createQueryBuilder('x').where('x.outlet_id = :id', { id });
    if (date) qb.andWhere('x.meal_date = :date', { date: assertDate(date) });
    return paginate(qb, page, byCreated<Meal>('x'));
  }

  @Authorized('resident', 'owner')
  @Query(() => MealConnection, { description: "The signed-in resident's own meals." })
  myMeals(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const residentId = requireViewer(ctx).residentId ?? '00000000-0000-0000-0000-000000000000';
    const qb = ctx.dataSource
      .getRepository(Meal)
      .createQueryBuilder('x')
      .innerJoin(MealCard, 'c', 'c.id = x.card_id')
      .where('c.resident_id = :residentId', { residentId });
    return paginate(qb, page, byCreated<Meal>('x'));
  }

  @FieldResolver(() => Int, { nullable: true, description: "The diner's age that day (whole years); null for analysts, who see the tier." })
  async ageYears(@Root() meal: Meal, @Ctx() ctx: RequestContext) {
    const card = await cardById(ctx).load(meal.cardId);
    return card && (await seesCardPersonalData(ctx, card)) ? meal.ageYears : null;
  }

  @FieldResolver(() => MealCard)
  async card(@Root() meal: Meal, @Ctx() ctx: RequestContext) {
    return (await cardById(ctx).load(meal.cardId))!;
  }
}

@Resolver(() => MealPriceTier)
export class CanteenResolver {
  @Authorized()
  @Query(() => [MealPriceTier], { description: "A canteen's price table by age (bounds inclusive)." })
  async mealPriceTiers(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    const outlet = await outletOfKind(ctx.dataSource.manager, outletId, OutletKind.CANTEEN);
    return tiersOf(ctx.dataSource.manager, outlet.id);
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
    const id = await assertCanteenReader(ctx, outletId);
    return { outletId: id, balance: Money.of(await charityFundBalance(ctx.dataSource.manager, id)) };
  }

  @Authorized('enterprise_staff', 'analyst', 'admin')
  @Query(() => CharityFundEntryConnection)
  async charityFundEntries(@Arg('outletId', () => ID) outletId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const id = await assertCanteenReader(ctx, outletId);
    return paginate(
      ctx.dataSource.getRepository(CharityFundEntry).createQueryBuilder('x').where('x.outlet_id = :id', { id }),
      page,
      byCreated<CharityFundEntry>('x'),
    );
  }

  @Authorized()
  @Query(() => MealCard)
  async mealCard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const card = await cardById(ctx).load(assertUuid(id));
    if (!card) throw notFound('MealCard', id);
    const viewer = requireViewer(ctx);
    if (!(viewer.isAnalyst || (await seesCardPersonalData(ctx, card))))
      throw forbidden('Only the holder, the canteen and analysts read a meal card');
    return card;
  }
}
