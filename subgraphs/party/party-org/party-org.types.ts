import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { GovernanceTask } from './governance-task.entity';
import { GovernanceTaskStatus, Membership, PartyOrganisationKind, PartyPosition } from './party-org.enums';
import { PartyMember } from './party-member.entity';

@ObjectType()
export class PartyMemberConnection extends Connection(PartyMember) {}

@ObjectType()
export class GovernanceTaskConnection extends Connection(GovernanceTask) {}

@InputType()
export class CreatePartyOrganisationInput {
  @Field(() => ID) compoundId: string;
  @Field(() => PartyOrganisationKind) kind: PartyOrganisationKind;
  @Field(() => String) name: string;
}

@InputType()
export class AppointPartyOfficerInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => PartyPosition) position: PartyPosition;
  @Field(() => String, { nullable: true, description: 'Their user id, if they sign in.' }) userId?: string | null;
  @Field(() => Membership, { nullable: true, description: 'Default LOCAL.' }) membership?: Membership | null;
  @Field(() => String, { nullable: true }) homeOrganisation?: string | null;
}

@InputType()
export class ReportInInput {
  @Field(() => ID, { description: 'The compound whose station they report in at.' }) compoundId: string;
  @Field(() => String) name: string;
  @Field(() => Membership) membership: Membership;
  @Field(() => String, { nullable: true, description: 'Required when the membership is held elsewhere.' }) homeOrganisation?: string | null;
}

@InputType()
export class CreateGovernanceTaskInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@ArgsType()
export class GovernanceTaskPageArgs extends PageArgs {
  @Field(() => GovernanceTaskStatus, { nullable: true, deprecationReason: 'Use statuses.' }) status?: GovernanceTaskStatus | null;
  @Field(() => [GovernanceTaskStatus], { nullable: true, description: 'Only tasks in one of these statuses.' })
  statuses?: GovernanceTaskStatus[] | null;
}
