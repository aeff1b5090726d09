import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../org-tree/compound.entity';
import { compoundById } from '../org-tree/org-tree.loaders';
import { PartyMember } from './party-member.entity';
import { officersByOrganisation } from './party-org.loaders';
import { appointPartyOfficer, createPartyOrganisation, partyMemberList } from './party-org.service';
import { AppointPartyOfficerInput, CreatePartyOrganisationInput, PartyMemberConnection } from './party-org.types';
import { PartyOrganisation } from './party-organisation.entity';

@Resolver(() => PartyOrganisation)
export class PartyOrganisationResolver {
  @Authorized('party_secretary', 'admin')
  @Mutation(() => PartyOrganisation, { description: "Set up the compound's Party branch or comprehensive Party committee." })
  createPartyOrganisation(
    @Arg('input', () => CreatePartyOrganisationInput) input: CreatePartyOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyOrganisation> {
    return createPartyOrganisation(ctx, input);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => PartyMember, {
    description: 'Appoint the secretary, a group leader or the Party-building instructor (one secretary, one instructor).',
  })
  appointPartyOfficer(
    @Arg('input', () => AppointPartyOfficerInput) input: AppointPartyOfficerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyMember> {
    return appointPartyOfficer(ctx, input);
  }

  @FieldResolver(() => Compound)
  async compound(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(org.compoundId))!;
  }

  @FieldResolver(() => [PartyMember], { description: 'Secretary, deputies, group leaders and the instructor.' })
  officers(@Root() org: PartyOrganisation, @Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return officersByOrganisation(ctx).load(org.id);
  }

  @FieldResolver(() => PartyMemberConnection, { description: 'Everyone on the roll, by name.' })
  members(
    @Root() org: PartyOrganisation,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyMemberConnection> {
    return partyMemberList.page(ctx, { organisationId: org.id }, args);
  }
}
