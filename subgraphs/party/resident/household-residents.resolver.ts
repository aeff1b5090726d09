import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { seesResident } from '../access/access';
import { Household } from '../org-tree/household.entity';
import { Resident } from './resident.entity';
import { residentsByHousehold } from './resident.loaders';

/** The residents a household shows, each only to who may see them. */
@Resolver(() => Household)
export class HouseholdResidentsResolver {
  @FieldResolver(() => [Resident], {
    nullable: true,
    description: 'The residents you may see: all of them for the grid and analysts, yourself for a resident.',
  })
  async residents(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Resident[]> {
    const viewer = requireViewer(ctx);
    return (await residentsByHousehold(ctx).load(household.id)).filter((r) => seesResident(viewer, r));
  }
}
