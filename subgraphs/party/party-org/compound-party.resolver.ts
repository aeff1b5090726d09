import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { organisationByCompound } from './party-org.loaders';
import { compoundGovernanceTasks } from './party-org.service';
import { GovernanceTaskConnection, GovernanceTaskPageArgs } from './party-org.types';
import { PartyOrganisation } from './party-organisation.entity';

/** A compound's Party organisation and governance tasks. */
@Resolver(() => Compound)
export class CompoundPartyResolver {
  @FieldResolver(() => PartyOrganisation, { nullable: true, description: "The compound's Party branch or comprehensive Party committee." })
  partyOrganisation(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<PartyOrganisation | null> {
    return organisationByCompound(ctx).load(c.id);
  }

  @FieldResolver(() => GovernanceTaskConnection, { nullable: true, description: 'Governance tasks, oldest first.' })
  governanceTasks(
    @Root() c: Compound,
    @Args(() => GovernanceTaskPageArgs) args: GovernanceTaskPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<GovernanceTaskConnection> {
    return compoundGovernanceTasks(ctx, c.id, args);
  }
}
