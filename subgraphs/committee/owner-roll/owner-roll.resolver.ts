import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionResult, PageArgs } from '../../../shared/pagination/connection';
import { toInt } from '../../../shared/schema/graphql-int';
import type { RequestContext } from '../../../shared/server/context';
import { seesOwnerHoldings, seesOwnerPersonalData } from '../access/access';
import { Compound } from '../neighbours/compound.ref';
import { Household } from '../neighbours/household.ref';
import { formatArea } from '../vote/vote-tally';
import { OwnedUnit } from './owned-unit.entity';
import { ownerById, unitsByOwner } from './owner-roll.loaders';
import { eraseOwnerPersonalData, ownerList, ownerRollOf, registerOwnedUnit, registerOwner, updateOwnedUnit } from './owner-roll.service';
import { OwnerConnection, OwnerRoll, RegisterOwnedUnitInput, RegisterOwnerInput, UpdateOwnedUnitInput } from './owner-roll.types';
import { Owner } from './owner.entity';

@Resolver(() => OwnerRoll)
export class OwnerRollResolver {
  @Authorized()
  @Query(() => OwnerRoll, { description: "A compound's owner roll: the compound's committee, analysts and admins." })
  ownerRoll(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: RequestContext): Promise<OwnerRoll> {
    return ownerRollOf(ctx, compoundId);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() roll: OwnerRoll): Compound {
    return { id: roll.compoundId };
  }

  @FieldResolver(() => OwnerConnection, { description: 'Owners on the roll, by id; owners without units hold no vote.' })
  owners(@Root() roll: OwnerRoll, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Owner>> {
    return ownerList.page(ctx, { compoundId: roll.compoundId }, args);
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

  // Admins only: no service calls it, so none may (a party erasure flow would name itself here).
  @Authorized('admin')
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
  @FieldResolver(() => Compound, { nullable: true })
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
    return seesOwnerHoldings(ctx.viewer, owner) ? unitsByOwner(ctx).load(owner.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'All their units’ registered area, hundredths of m²; visible like units.' })
  async areaCentiM2(@Root() owner: Owner, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!seesOwnerHoldings(ctx.viewer, owner)) return null;
    const units = await unitsByOwner(ctx).load(owner.id);
    return toInt(units.reduce((sum, u) => sum + u.areaCentiM2, 0n));
  }
}

@Resolver(() => OwnedUnit)
export class OwnedUnitResolver {
  @FieldResolver(() => Household, { nullable: true })
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
