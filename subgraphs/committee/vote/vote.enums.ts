import { registerEnumType } from 'type-graphql';

export enum BallotChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(BallotChoice, { name: 'BallotChoice', description: 'ABSTAIN takes part in the vote but never approves.' });

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(VoteStatus, { name: 'VoteStatus', description: 'OPEN takes ballots on the frozen roll; CLOSED holds the result.' });

export enum TallyStage {
  PARTICIPATION = 'PARTICIPATION',
  APPROVAL = 'APPROVAL',
}
registerEnumType(TallyStage, {
  name: 'TallyStage',
  description: 'Participation is measured against the frozen roll, approval against the participants.',
});

export enum TallyMeasure {
  AREA = 'AREA',
  HEADS = 'HEADS',
}
registerEnumType(TallyMeasure, { name: 'TallyMeasure', description: 'Exclusive area (hundredths of m²) or headcount (owners).' });

export enum TallyRule {
  AT_LEAST_TWO_THIRDS = 'AT_LEAST_TWO_THIRDS',
  AT_LEAST_THREE_QUARTERS = 'AT_LEAST_THREE_QUARTERS',
  MORE_THAN_HALF = 'MORE_THAN_HALF',
}
registerEnumType(TallyRule, {
  name: 'TallyRule',
  description: '"At least" (以上) includes the bound; "more than" (过半数) does not (Civil Code art. 1259).',
});

/**
 * The nine matters owners decide jointly (业主共同决定), PRC Civil Code art. 278,
 * in the article's order.
 */
export enum JointMatter {
  /** (1) 制定和修改业主大会议事规则 */
  MEETING_RULES = 'MEETING_RULES',
  /** (2) 制定和修改管理规约 */
  MANAGEMENT_STATUTE = 'MANAGEMENT_STATUTE',
  /** (3) 选举业主委员会或者更换业主委员会成员 */
  ELECT_COMMITTEE = 'ELECT_COMMITTEE',
  /** (4) 选聘和解聘物业服务企业或者其他管理人 */
  HIRE_OR_DISMISS_MANAGER = 'HIRE_OR_DISMISS_MANAGER',
  /** (5) 使用建筑物及其附属设施的维修资金 */
  USE_MAINTENANCE_FUND = 'USE_MAINTENANCE_FUND',
  /** (6) 筹集建筑物及其附属设施的维修资金 */
  RAISE_MAINTENANCE_FUND = 'RAISE_MAINTENANCE_FUND',
  /** (7) 改建、重建建筑物及其附属设施 */
  REBUILD = 'REBUILD',
  /** (8) 改变共有部分的用途或者利用共有部分从事经营活动 */
  CHANGE_USE_OF_COMMON_PARTS = 'CHANGE_USE_OF_COMMON_PARTS',
  /** (9) 有关共有和共同管理权利的其他重大事项 */
  OTHER_MAJOR_MATTER = 'OTHER_MAJOR_MATTER',
}
registerEnumType(JointMatter, {
  name: 'JointMatter',
  description: 'A matter owners decide jointly (PRC Civil Code art. 278); items 6–8 need three-quarters approval.',
  valuesConfig: {
    MEETING_RULES: { description: '(1) Rules of procedure of the owners’ assembly (议事规则).' },
    MANAGEMENT_STATUTE: { description: '(2) The management statute (管理规约).' },
    ELECT_COMMITTEE: { description: '(3) Electing the owners’ committee or replacing members.' },
    HIRE_OR_DISMISS_MANAGER: { description: '(4) Hiring or dismissing the property company or other manager.' },
    USE_MAINTENANCE_FUND: { description: '(5) Using the maintenance fund.' },
    RAISE_MAINTENANCE_FUND: { description: '(6) Raising the maintenance fund (three-quarters).' },
    REBUILD: { description: '(7) Rebuilding or altering buildings and facilities (three-quarters).' },
    CHANGE_USE_OF_COMMON_PARTS: {
      description: '(8) Changing the use of common parts or running a business on them, e.g. a veg shop in a common room (three-quarters).',
    },
    OTHER_MAJOR_MATTER: { description: '(9) Other major matters of common ownership and management.' },
  },
});
