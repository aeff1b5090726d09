import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { bigintColumn } from '../../../shared/db/bigint-column';
import { JointMatter } from './joint-matter';
import { VoteStatus } from './vote.types';

/** An owners' joint decision (业主共同决定) on one art. 278 matter. */
@ObjectType({ description: "An owners' joint decision (业主共同决定) on one matter of Civil Code art. 278." })
@Entity('joint_vote')
export class JointVote extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => JointMatter)
  @Column({ type: 'text' })
  matter: JointMatter;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => VoteStatus)
  @Column({ type: 'text' })
  status: VoteStatus;

  @Field(() => Date, { description: 'When the vote opened and the roll froze (server clock).' })
  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'roll_area', type: 'bigint', transformer: bigintColumn })
  rollArea: bigint;

  @Column({ name: 'roll_heads', type: 'integer' })
  rollHeads: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy: string | null;

  @Column({ name: 'for_area', type: 'bigint', nullable: true, transformer: bigintColumn })
  forArea: bigint | null;

  @Column({ name: 'for_heads', type: 'integer', nullable: true })
  forHeads: number | null;

  @Column({ name: 'against_area', type: 'bigint', nullable: true, transformer: bigintColumn })
  againstArea: bigint | null;

  @Column({ name: 'against_heads', type: 'integer', nullable: true })
  againstHeads: number | null;

  @Column({ name: 'abstain_area', type: 'bigint', nullable: true, transformer: bigintColumn })
  abstainArea: bigint | null;

  @Column({ name: 'abstain_heads', type: 'integer', nullable: true })
  abstainHeads: number | null;

  @Column({ name: 'participating_area', type: 'bigint', nullable: true, transformer: bigintColumn })
  participatingArea: bigint | null;

  @Column({ name: 'participating_heads', type: 'integer', nullable: true })
  participatingHeads: number | null;

  @Column({ type: 'boolean', nullable: true })
  valid: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Column({ type: 'text', nullable: true })
  explanation: string | null;
}
