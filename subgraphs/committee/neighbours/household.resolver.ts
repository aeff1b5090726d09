import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { OwnedUnit } from '../owner-roll/owned-unit.entity';
import { ownedUnitOfHousehold } from '../owner-roll/owner-roll.service';
import { Household } from './household.ref';

/** What the committee adds to party's household: its place on the owner roll. */
@Resolver(() => Household)
export class HouseholdCommitteeResolver {
  @FieldResolver(() => OwnedUnit, {
    nullable: true,
    description: "The household's place on the owner roll (area, voter); for the committee and analysts.",
  })
  ownedUnit(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<OwnedUnit | null> {
    return ownedUnitOfHousehold(ctx, household.id);
  }
}
