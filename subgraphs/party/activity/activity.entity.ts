import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export enum ActivityKind {
  OPEN_DAY = 'OPEN_DAY',
  PARTY_LESSON = 'PARTY_LESSON',
  CLEAN_UP = 'CLEAN_UP',
  FREE_HAIRCUT = 'FREE_HAIRCUT',
  FREE_CLINIC = 'FREE_CLINIC',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'Open days (小区开放日), micro Party lessons, clean-ups, free haircuts and clinics...',
});

export enum PointsEntryKind {
  EARNED = 'EARNED',
  REDEEMED = 'REDEEMED',
}
registerEnumType(PointsEntryKind, { name: 'PointsEntryKind' });

@ObjectType({ description: 'A volunteer or community activity with sign-up and attendance.' })
@Entity('activity')
export class Activity extends Audited {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Field(() => ActivityKind) @Column({ type: 'text' }) kind: ActivityKind;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => Date) @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Field(() => Date) @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Field(() => Int) @Column({ type: 'int' }) capacity: number;
  @Field(() => Int, { description: 'Points awarded once for attending.' }) @Column({ type: 'int' }) points: number;
}

@ObjectType({ description: 'One person signed up for an activity.' })
@Entity('activity_signup')
export class ActivitySignup {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @Field(() => String, { description: 'User id of the participant (the points holder).' })
  @Column({ name: 'participant_id', type: 'text' })
  participantId: string;
  @Column({ name: 'participant_name', type: 'text' }) participantName: string;
  @Field(() => Date) @Column({ name: 'signed_up_at', type: 'timestamptz' }) signedUpAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'attended_at', type: 'timestamptz', nullable: true }) attendedAt: Date | null;
  @Column({ name: 'attended_by', type: 'text', nullable: true }) attendedBy: string | null;
}

@ObjectType({ description: 'A line of the points ledger (积分).' })
@Entity('points_entry')
export class PointsEntry {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ name: 'holder_id', type: 'text' }) holderId: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Field(() => Int, { description: 'Positive when earned, negative when redeemed.' }) @Column({ type: 'int' }) delta: number;
  @Field(() => PointsEntryKind) @Column({ type: 'text' }) kind: PointsEntryKind;
  @Field(() => String) @Column({ type: 'text' }) reason: string;
  @Column({ name: 'source_key', type: 'text' }) sourceKey: string;
  @Field(() => Date) @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) by: string;
}
