import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export enum NeedSource {
  VISIT = 'VISIT',
  SURVEY = 'SURVEY',
  ISSUE_REPORT = 'ISSUE_REPORT',
  OTHER = 'OTHER',
}
registerEnumType(NeedSource, {
  name: 'NeedSource',
  description: 'How the need was collected: door-to-door visits (走访), surveys, reports.',
});

export enum ResourceKind {
  DEPARTMENT = 'DEPARTMENT',
  MERCHANT = 'MERCHANT',
  CLINIC = 'CLINIC',
  LAWYER = 'LAWYER',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  VOLUNTEER_TEAM = 'VOLUNTEER_TEAM',
  OTHER = 'OTHER',
}
registerEnumType(ResourceKind, { name: 'ResourceKind' });

export enum WishStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
}
registerEnumType(WishStatus, { name: 'WishStatus' });

@ObjectType({ description: 'An entry of the needs list (需求清单).' })
@Entity('need')
export class Need extends Audited {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => NeedSource) @Column({ type: 'text' }) source: NeedSource;
}

@ObjectType({ description: 'An entry of the resources list (资源清单): departments, merchants, clinics, lawyers...' })
@Entity('resource')
export class Resource extends Audited {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Field(() => ResourceKind) @Column({ type: 'text' }) kind: ResourceKind;
  @Field(() => String) @Column({ type: 'text' }) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) contact: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}

@ObjectType({ description: 'An entry of the projects list (项目清单): matches needs to resources.' })
@Entity('project')
export class Project extends Audited {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}

@ObjectType({ description: 'A micro-wish (微心愿) a resident posts and a member or volunteer claims and fulfils.' })
@Entity('micro_wish')
export class MicroWish extends Audited {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Field(() => ID) @Column({ name: 'compound_id', type: 'uuid' }) compoundId: string;
  @Column({ name: 'resident_id', type: 'uuid', nullable: true }) residentId: string | null;
  @Column({ name: 'posted_by', type: 'text' }) postedBy: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => WishStatus) @Column({ type: 'text' }) status: WishStatus;
  @Column({ name: 'claimed_by', type: 'text', nullable: true }) claimedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true }) fulfilledAt: Date | null;
}
