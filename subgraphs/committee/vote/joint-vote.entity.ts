import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { BigIntColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { JointMatter, VoteStatus } from './vote.enums';

/** An owners' joint decision (业主共同决定) on one art. 278 matter. */
@ObjectType({ description: "An owners' joint decision (业主共同决定) on one matter of Civil Code art. 278." })
@Entity('joint_vote')
export class JointVote extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
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

  @BigIntColumn('roll_area')
  rollArea: bigint;

  @Column({ name: 'roll_heads', type: 'integer' })
  rollHeads: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy: string | null;

  @BigIntColumn('for_area', { nullable: true })
  forArea: bigint | null;

  @Column({ name: 'for_heads', type: 'integer', nullable: true })
  forHeads: number | null;

  @BigIntColumn('against_area', { nullable: true })
  againstArea: bigint | null;

  @Column({ name: 'against_heads', type: 'integer', nullable: true })
  againstHeads: number | null;

  @BigIntColumn('abstain_area', { nullable: true })
  abstainArea: bigint | null;

  @Column({ name: 'abstain_heads', type: 'integer', nullable: true })
  abstainHeads: number | null;

  @BigIntColumn('participating_area', { nullable: true })
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
