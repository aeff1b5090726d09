import { SUPERMAJORITY_MATTERS } from './joint-matter';
import { JointMatter } from './vote.enums';

/**
 * The arithmetic of an owners' joint decision (Civil Code arts. 278 and 1259), in
 * integers only: a fraction p/q of d is met by n when n*q >= p*d ("at least", 以上,
 * includes the bound) or n*q > p*d ("more than", 过半数, does not).
 */

export type Measure = 'AREA' | 'HEADS';
export type Stage = 'PARTICIPATION' | 'APPROVAL';
export type Rule = 'AT_LEAST_TWO_THIRDS' | 'AT_LEAST_THREE_QUARTERS' | 'MORE_THAN_HALF';

/** Frozen roll and counted ballots; area in hundredths of m², heads in owners. */
export interface TallyInput {
  rollArea: bigint;
  rollHeads: bigint;
  forArea: bigint;
  forHeads: bigint;
  againstArea: bigint;
  againstHeads: bigint;
  abstainArea: bigint;
  abstainHeads: bigint;
}

export interface ThresholdCheck {
  stage: Stage;
  measure: Measure;
  rule: Rule;
  /** What was counted (participants, or those in favour). */
  count: bigint;
  /** What it is measured against (the roll, or the participants). */
  base: bigint;
  met: boolean;
  /** The least count that meets the rule for this base. */
  required: bigint;
  /** How much more was needed (0 when met). */
  shortfall: bigint;
}

export interface TallyOutcome {
  participatingArea: bigint;
  participatingHeads: bigint;
  /** Participation met on both measures. */
  valid: boolean;
  /** Valid, and approval met on both measures. */
  passed: boolean;
  checks: ThresholdCheck[];
}

const RULES: Record<Rule, { p: bigint; q: bigint; strict: boolean }> = {
  AT_LEAST_TWO_THIRDS: { p: 2n, q: 3n, strict: false },
  AT_LEAST_THREE_QUARTERS: { p: 3n, q: 4n, strict: false },
  MORE_THAN_HALF: { p: 1n, q: 2n, strict: true },
};

/** Whether `count` meets `rule` of `base`, integers only. */
export function meets(rule: Rule, count: bigint, base: bigint): boolean {
  const { p, q, strict } = RULES[rule];
  return strict ? count * q > p * base : count * q >= p * base;
}

/** The least count meeting `rule` of `base`: ceil(p*base/q), or floor(p*base/q)+1 when strict. */
export function leastMeeting(rule: Rule, base: bigint): bigint {
  const { p, q, strict } = RULES[rule];
  const product = p * base;
  return strict ? product / q + 1n : (product + q - 1n) / q;
}

export function check(stage: Stage, measure: Measure, rule: Rule, count: bigint, base: bigint): ThresholdCheck {
  const required = leastMeeting(rule, base);
  const met = meets(rule, count, base);
  return { stage, measure, rule, count, base, met, required, shortfall: met ? 0n : required - count };
}

export function approvalRule(matter: JointMatter): Rule {
  return SUPERMAJORITY_MATTERS.has(matter) ? 'AT_LEAST_THREE_QUARTERS' : 'MORE_THAN_HALF';
}

/**
 * Participation against the whole frozen roll (≥ 2/3 of area AND of heads); approval
 * against the participants (≥ 3/4 each for items 6–8, > 1/2 each otherwise).
 * Abstentions take part but never approve.
 */
export function tally(matter: JointMatter, t: TallyInput): TallyOutcome {
  for (const [name, value] of Object.entries(t)) {
    if (typeof value !== 'bigint' || value < 0n) throw new Error(`tally: ${name} must be a non-negative bigint`);
  }
  const participatingArea = t.forArea + t.againstArea + t.abstainArea;
  const participatingHeads = t.forHeads + t.againstHeads + t.abstainHeads;
  if (participatingArea > t.rollArea || participatingHeads > t.rollHeads) throw new Error('tally: more participants than the roll holds');
  const rule = approvalRule(matter);
  const checks = [
    check('PARTICIPATION', 'AREA', 'AT_LEAST_TWO_THIRDS', participatingArea, t.rollArea),
    check('PARTICIPATION', 'HEADS', 'AT_LEAST_TWO_THIRDS', participatingHeads, t.rollHeads),
    check('APPROVAL', 'AREA', rule, t.forArea, participatingArea),
    check('APPROVAL', 'HEADS', rule, t.forHeads, participatingHeads),
  ];
  // An empty roll or no participants decides nothing, whatever 0 >= 0 says.
  const valid = t.rollHeads > 0n && checks[0].met && checks[1].met;
  const passed = valid && participatingHeads > 0n && checks[2].met && checks[3].met;
  return { participatingArea, participatingHeads, valid, passed, checks };
}

/** "123.45 m²" from hundredths of m². */
export function formatArea(centi: bigint): string {
  const negative = centi < 0n;
  const abs = negative ? -centi : centi;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const RULE_TEXT: Record<Rule, string> = {
  AT_LEAST_TWO_THIRDS: 'at least two-thirds',
  AT_LEAST_THREE_QUARTERS: 'at least three-quarters',
  MORE_THAN_HALF: 'more than half',
};

function amount(measure: Measure, value: bigint): string {
  return measure === 'AREA' ? `${formatArea(value)} m²` : `${value} ${value === 1n ? 'owner' : 'owners'}`;
}

/** One line per check, saying which threshold failed and by how much. */
export function describeCheck(c: ThresholdCheck): string {
  const what =
    c.stage === 'PARTICIPATION'
      ? `Participation by ${c.measure === 'AREA' ? 'area' : 'headcount'}`
      : `Approval by ${c.measure === 'AREA' ? 'area' : 'headcount'}`;
  const against = c.stage === 'PARTICIPATION' ? 'of the roll' : 'of the participants';
  const head = `${what}: ${amount(c.measure, c.count)} ${against} ${amount(c.measure, c.base)}, needs ${RULE_TEXT[c.rule]} (${amount(c.measure, c.required)})`;
  return c.met ? `${head}: met.` : `${head}: FAILED, ${amount(c.measure, c.shortfall)} short.`;
}

export function explain(outcome: TallyOutcome): string {
  const verdict = !outcome.valid ? 'Not valid: participation fell short.' : outcome.passed ? 'Valid and passed.' : 'Valid but not passed.';
  const lines = outcome.checks.filter((c) => c.stage === 'PARTICIPATION' || outcome.valid).map(describeCheck);
  return [verdict, ...lines].join('\n');
}
