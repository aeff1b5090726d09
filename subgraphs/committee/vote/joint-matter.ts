import { JointMatter } from './vote.enums';

/** Items 6–8 of art. 278 need three-quarters of the participants; the rest more than half. */
export const SUPERMAJORITY_MATTERS: ReadonlySet<JointMatter> = new Set([
  JointMatter.RAISE_MAINTENANCE_FUND,
  JointMatter.REBUILD,
  JointMatter.CHANGE_USE_OF_COMMON_PARTS,
]);

export function isJointMatter(value: unknown): value is JointMatter {
  return typeof value === 'string' && (Object.values(JointMatter) as string[]).includes(value);
}
