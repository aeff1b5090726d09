import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid } from '../../../shared/errors';
import { Connection, ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCanReadRoll, canReadRoll, seesOwnerPersonalData } from '../access';
import { toInt } from '../bigint';
import { Compound } from '../compound/compound.ref';
import { formatArea } from '../vote/vote-tally';
import { Household } from './household.ref';
import { OwnedUnit } from './owned-unit.entity';
import { RegisterOwnedUnitInput, RegisterOwnerInput, UpdateOwnedUnitInput } from './owner-roll.inputs';
import { ownerById, unitByHousehold, unitsByOwner } from './owner-roll.loaders';
import { eraseOwnerPersonalData, registerOwnedUnit, registerOwner, updateOwnedUnit } from './owner-roll.service';
import { Owner } from './owner.entity';

@ObjectType()
export class OwnerConnection extends Connection(Owner) {}

/** The live roll of one compound (votes freeze their own copy when they open). */
@ObjectType({ description: 'The live owner roll of a compound; a vote freezes its own copy when it opens.' })
export class OwnerRoll {
  compoundId: string;

  @Field(() => Int, { description: 'Heads: one per owner (the developer counts once).' })
  heads: number;

  @Field(() => Int, { description: 'Total registered exclusive area, hundredths of m².' })
  areaCentiM2: number;

  @Field(() => String, { description: 'Total area in m² with two decimals, for display.' })
  area: string;
}

@Resolver(() => OwnerRoll)
export class OwnerRollResolver {
  @Authorized()
  @Query(() => OwnerRoll, { description: "A compound's owner roll: the compound's committee, analysts and admins." })
  async ownerRoll(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<OwnerRoll> {
    const id = assertUuid(compoundId, 'compoundId');
    assertCanReadRoll(ctx, id);
    const [row] = await ctx.dataSource.query(
      `SELECT (SELECT count(DISTINCT u.owner_id) FROM owned_unit u WHERE u.compound_id = $1) AS heads,
              (SELECT coalesce(sum(u.area_centi_m2), 0) FROM owned_unit u WHERE u.compound_id = $1) AS area`,
      [id],
    );
    const area = BigInt(row.area);
    return Object.assign(new OwnerRoll(), { compoundId: id, heads: Number(row.heads), areaCentiM2: toInt(area), area: formatArea(area) });
  }

  @FieldResolver(() => Compound)
  compound(@Root() roll: OwnerRoll): Compound {
    return { id: roll.compoundId };
  }

  @FieldResolver(() => OwnerConnection, { description: 'Owners on the roll, by id; owners without units hold no vote.' })
  owners(@Root() roll: OwnerRoll, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Owner>> {
    const qb = ctx.dataSource.getRepository(Owner).createQueryBuilder('o').where('o.compound_id = :c', { c: roll.compoundId });
    return paginate(qb, args, { column: 'o.id', idColumn: 'o.id', valueOf: (o) => o.id, idOf: (o) => o.id });
  }

  @Authorized('committee_member')
  @Mutation(() => Owner, { description: 'Adds an owner to a compound’s roll (committee member of the compound).' })
  registerOwner(@Arg('input', () => RegisterOwnerInput) input: RegisterOwnerInput, @Ctx() ctx: RequestContext): Promise<Owner> {
    return registerOwner(ctx, input);
  }

  @Authorized('committee_member')
  @Mutation(() => OwnedUnit, { description: 'Registers an exclusive unit (household) and its area to an owner.' })
  registerOwnedUnit(
    @Arg('input', () => RegisterOwnedUnitInput) input: RegisterOwnedUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OwnedUnit> {
    return registerOwnedUnit(ctx, input);
  }

  @Authorized('admin', 'service')
  @Mutation(() => Int, {
    description:
      "Erases a resident's name and link from every owner roll (on request); units and ballots stay, without the person. Returns the owner rows changed.",
  })
  eraseOwnerPersonalData(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: RequestContext): Promise<number> {
    return eraseOwnerPersonalData(ctx, residentId);
  }

  @Authorized('committee_member')
  @Mutation(() => OwnedUnit, { description: "Corrects a unit's area or moves it to another owner; open votes keep their frozen roll." })
  updateOwnedUnit(@Arg('input', () => UpdateOwnedUnitInput) input: UpdateOwnedUnitInput, @Ctx() ctx: RequestContext): Promise<OwnedUnit> {
    return updateOwnedUnit(ctx, input);
  }
}

@Resolver(() => Owner)
export class OwnerResolver {
  @FieldResolver(() => Compound)
  compound(@Root() owner: Owner): Compound {
    return { id: owner.compoundId };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Personal data: null except for the owner, the compound's committee and admins.",
  })
  name(@Root() owner: Owner, @Ctx() ctx: RequestContext): string | null {
    return seesOwnerPersonalData(ctx.viewer, owner) ? owner.name : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The party Resident who votes as this owner; null like the name.' })
  residentId(@Root() owner: Owner, @Ctx() ctx: RequestContext): string | null {
    return seesOwnerPersonalData(ctx.viewer, owner) ? owner.residentId : null;
  }

  @FieldResolver(() => Int, { description: 'Always 1: an owner counts once however many units they hold.' })
  heads(): number {
    return 1;
  }

  @FieldResolver(() => [OwnedUnit], {
    nullable: true,
    description: 'The exclusive units the owner votes for; for the owner, the committee and analysts.',
  })
  units(@Root() owner: Owner, @Ctx() ctx: RequestContext): Promise<OwnedUnit[]> | null {
    if (!seesOwnerHoldings(ctx, owner)) return null;
    return unitsByOwner(ctx).load(owner.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'All their units’ registered area, hundredths of m²; visible like units.' })
  async areaCentiM2(@Root() owner: Owner, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!seesOwnerHoldings(ctx, owner)) return null;
    const units = await unitsByOwner(ctx).load(owner.id);
    return toInt(units.reduce((sum, u) => sum + u.areaCentiM2, 0n));
  }
}

/** Holdings are roll data: the owner themselves, the compound's committee, analysts, admins. */
function seesOwnerHoldings(ctx: RequestContext, owner: Owner): boolean {
  return canReadRoll(ctx.viewer, owner.compoundId) || (!!owner.residentId && ctx.viewer?.residentId === owner.residentId);
}

@Resolver(() => OwnedUnit)
export class OwnedUnitResolver {
  @FieldResolver(() => Household)
  household(@Root() unit: OwnedUnit): Household {
    return { id: unit.householdId };
  }

  @FieldResolver(() => Owner, { description: 'The owner who votes for this unit.' })
  async owner(@Root() unit: OwnedUnit, @Ctx() ctx: RequestContext): Promise<Owner> {
    return (await ownerById(ctx).load(unit.ownerId))!;
  }

  @FieldResolver(() => String, { description: 'Registered area in m² with two decimals, for display.' })
  area(@Root() unit: OwnedUnit): string {
    return formatArea(unit.areaCentiM2);
  }
}

@Resolver(() => Household)
export class HouseholdCommitteeResolver {
  @FieldResolver(() => OwnedUnit, {
    nullable: true,
    description: "The household's place on the owner roll (area, voter); for the committee and analysts.",
  })
  async ownedUnit(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<OwnedUnit | null> {
    const unit = await unitByHousehold(ctx).load(household.id);
    return unit && canReadRoll(ctx.viewer, unit.compoundId) ? unit : null;
  }
}
