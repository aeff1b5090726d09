import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { GovernanceTaskStatus } from './party-org.enums';

@ObjectType({ description: 'A governance task (治理任务) that one Party member at a time can claim (认领).' })
@Entity('governance_task')
export class GovernanceTask extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @SeqColumn()
  seq: number;

  @Field(() => ID)
  @UuidColumn('compound_id')
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

  @UuidColumn('claimed_by_member_id', { nullable: true })
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
