import { registerEnumType } from 'type-graphql';

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
