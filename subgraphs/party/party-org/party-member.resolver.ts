import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { PartyMember } from './party-member.entity';
import { organisationByCompound } from './party-org.loaders';
import { myPartyMemberships, reportInAsPartyMember, seesMemberName } from './party-org.service';
import { ReportInInput } from './party-org.types';
import { PartyOrganisation } from './party-organisation.entity';

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Authorized('party_member')
  @Mutation(() => PartyMember, {
    description: 'A Party member reports in (报到) at the compound station, whether the membership is held here or elsewhere.',
  })
  reportInAsPartyMember(@Arg('input', () => ReportInInput) input: ReportInInput, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return reportInAsPartyMember(ctx, input);
  }

  @Authorized()
  @Query(() => [PartyMember], { description: "The signed-in member's report-ins and status, one per compound." })
  myPartyMemberships(@Ctx() ctx: RequestContext): Promise<PartyMember[]> {
    return myPartyMemberships(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: null for analysts.' })
  name(@Root() p: PartyMember, @Ctx() ctx: RequestContext): string | null {
    return seesMemberName(requireViewer(ctx), p) ? p.name : null;
  }

  @FieldResolver(() => Boolean, { description: 'Reported in at the station (报到).' })
  reportedIn(@Root() p: PartyMember): boolean {
    return p.reportedInAt !== null;
  }

  @FieldResolver(() => PartyOrganisation)
  async organisation(@Root() p: PartyMember, @Ctx() ctx: RequestContext): Promise<PartyOrganisation> {
    return (await organisationByCompound(ctx).load(p.compoundId))!;
  }
}
