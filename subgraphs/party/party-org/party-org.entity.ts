import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export enum PartyOrganisationKind {
  BRANCH = 'BRANCH',
  COMPREHENSIVE_COMMITTEE = 'COMPREHENSIVE_COMMITTEE',
}
registerEnumType(PartyOrganisationKind, {
  name: 'PartyOrganisationKind',
  description: 'A compound Party branch (党支部) or comprehensive Party committee (小区综合党委).',
});

export enum PartyPosition {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  GROUP_LEADER = 'GROUP_LEADER',
  INSTRUCTOR = 'INSTRUCTOR',
  MEMBER = 'MEMBER',
}
registerEnumType(PartyPosition, {
  name: 'PartyPosition',
  description: 'Secretary, deputy, group leader (党小组长), Party-building instructor (党建指导员), or member.',
});

export enum Membership {
  LOCAL = 'LOCAL',
  ELSEWHERE = 'ELSEWHERE',
}
registerEnumType(Membership, {
  name: 'Membership',
  description: 'Where the Party membership is held: here, or elsewhere (in-service member reporting in, 在职党员报到).',
});

export enum GovernanceTaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DONE = 'DONE',
}
registerEnumType(GovernanceTaskStatus, { name: 'GovernanceTaskStatus' });

@ObjectType({ description: "A compound's Party organisation." })
@Entity('party_organisation')
export class PartyOrganisation extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => PartyOrganisationKind)
  @Column({ type: 'text' })
  kind: PartyOrganisationKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}

@ObjectType({ description: 'A Party member who reported in (报到) at the compound, or an officer appointed to it.' })
@Entity('party_member')
export class PartyMember extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Field(() => Membership)
  @Column({ type: 'text' })
  membership: Membership;

  @Field(() => String, { nullable: true, description: 'The organisation holding the membership, when elsewhere.' })
  @Column({ name: 'home_organisation', type: 'text', nullable: true })
  homeOrganisation: string | null;

  @Field(() => PartyPosition)
  @Column({ type: 'text' })
  position: PartyPosition;

  @Field(() => Date, {
    nullable: true,
    description: 'When they reported in at the station (server time); null for appointed officers who have not.',
  })
  @Column({ name: 'reported_in_at', type: 'timestamptz', nullable: true })
  reportedInAt: Date | null;
}

@ObjectType({ description: 'A governance task (治理任务) that one Party member at a time can claim (认领).' })
@Entity('governance_task')
export class GovernanceTask extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Field(() => ID)
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GovernanceTaskStatus)
  @Column({ type: 'text' })
  status: GovernanceTaskStatus;

  @Column({ name: 'claimed_by_member_id', type: 'uuid', nullable: true })
  claimedByMemberId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}
