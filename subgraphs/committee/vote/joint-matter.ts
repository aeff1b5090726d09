import { registerEnumType } from 'type-graphql';

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

/** Items 6–8 of art. 278 need three-quarters of the participants; the rest more than half. */
export const SUPERMAJORITY_MATTERS: ReadonlySet<JointMatter> = new Set([
  JointMatter.RAISE_MAINTENANCE_FUND,
  JointMatter.REBUILD,
  JointMatter.CHANGE_USE_OF_COMMON_PARTS,
]);

export function isJointMatter(value: unknown): value is JointMatter {
  return typeof value === 'string' && (Object.values(JointMatter) as string[]).includes(value);
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
