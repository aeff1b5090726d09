import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** 一征三议两公开, in order; a consultation moves one stage at a time. */
export enum ConsultationStage {
  /** 征: collect topics from residents. */
  COLLECTING_TOPICS = 'COLLECTING_TOPICS',
  /** 议 1: the Party branch proposes. */
  BRANCH_PROPOSAL = 'BRANCH_PROPOSAL',
  /** 议 2: joint meeting of branch, committee, property company and enterprise deliberates. */
  JOINT_DELIBERATION = 'JOINT_DELIBERATION',
  /** 议 3: the owners decide (may link the joint vote). */
  OWNERS_DECISION = 'OWNERS_DECISION',
  /** 公开 1: the decision is disclosed. */
  DECISION_DISCLOSED = 'DECISION_DISCLOSED',
  /** 公开 2: the outcome is disclosed. */
  OUTCOME_DISCLOSED = 'OUTCOME_DISCLOSED',
}
registerEnumType(ConsultationStage, {
  name: 'ConsultationStage',
  description:
    '一征三议两公开: collect topics; branch proposes, joint meeting deliberates, owners decide; disclose decision, then outcome.',
});

export const STAGE_ORDER: ConsultationStage[] = Object.values(ConsultationStage);

@ObjectType({ description: 'A consultation (一征三议两公开) on a compound matter.' })
@Entity('consultation')
export class Consultation extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ConsultationStage, { description: 'The stage reached so far.' })
  @Column({ type: 'text' })
  stage: ConsultationStage;

  @Column({ name: 'decision_vote_id', type: 'uuid', nullable: true })
  decisionVoteId: string | null;
}

@ObjectType({ description: 'A stage a consultation reached: when, by whom, with what note.' })
@Entity('consultation_step')
export class ConsultationStep {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, transformer: { from: (v: string) => Number(v), to: (v: unknown) => v } })
  seq: number;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Field(() => ConsultationStage)
  @Column({ type: 'text' })
  stage: ConsultationStage;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId: string | null;

  @Field(() => String, { description: 'Who recorded the step (user id).' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Field(() => Date)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

@ObjectType({ description: 'A topic proposed while the consultation collects topics (征).' })
@Entity('consultation_topic')
export class ConsultationTopic extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, transformer: { from: (v: string) => Number(v), to: (v: unknown) => v } })
  seq: number;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => Date)
  get proposedAt(): Date {
    return this.createdAt;
  }
}

@InputType()
export class StartConsultationInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class AdvanceConsultationInput {
  @Field(() => ID)
  consultationId: string;

  @Field(() => ConsultationStage, { description: 'Must be the stage right after the current one.' })
  stage: ConsultationStage;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for OWNERS_DECISION: the joint vote in which the owners decide.' })
  voteId?: string | null;
}

@InputType()
export class ProposeTopicInput {
  @Field(() => ID)
  consultationId: string;

  @Field(() => String)
  text: string;
}
