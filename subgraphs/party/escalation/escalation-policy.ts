import { escalationSettings } from './escalation-settings';
import { badInput } from '../../../shared/errors';
import type { AudienceKind } from '../../../shared/notify/notify-event';

/**
 * Who is told when a report's 10-minute promise is missed, and when (seconds into the
 * promise, not since filing: see station/promise-start.ts). Level 1 at 600 s tells the
 * compound's Party secretary; level 2 at 1800 s the community's Party secretaries.
 */
export interface EscalationLevel {
  level: number;
  afterSeconds: number;
  recipients: EscalationRecipient[];
}

/**
 * The audience kinds party may address an escalation to: those scoped by the report's
 * compound or its community. A company's duty managers are property's to address, and a
 * resident is never told that their own report escalated.
 */
export const ESCALATION_RECIPIENTS = ['GRID_WORKERS', 'PARTY_SECRETARY', 'COMMUNITY_PARTY_SECRETARIES', 'PROPERTY_ON_DUTY'] as const;
export type EscalationRecipient = (typeof ESCALATION_RECIPIENTS)[number] & AudienceKind;

const DEFAULT_RECIPIENTS: EscalationRecipient[][] = [['PARTY_SECRETARY'], ['COMMUNITY_PARTY_SECRETARIES']];

/** At most this many levels, each at most a week into the promise: a policy, not a schedule. */
export const MAX_LEVELS = 5;
export const MAX_AFTER_SECONDS = 7 * 24 * 3600;

/** The levels a compound without a policy of its own escalates by. */
export function defaultEscalationLevels(deadlines: number[] = escalationSettings().deadlinesS): EscalationLevel[] {
  return deadlines.map((afterSeconds, i) => ({ level: i + 1, afterSeconds, recipients: [...DEFAULT_RECIPIENTS[i]] }));
}

/**
 * Checks a policy as a Party secretary or admin sets it and numbers its levels 1..n:
 * 1 to MAX_LEVELS levels, deadlines positive whole seconds and strictly increasing, each
 * level with one or more distinct recipients from ESCALATION_RECIPIENTS. BAD_USER_INPUT
 * names the offending field.
 */
export function checkedEscalationLevels(levels: { afterSeconds: number; recipients: string[] }[]): EscalationLevel[] {
  if (levels.length < 1 || levels.length > MAX_LEVELS) {
    throw badInput(`A policy has 1 to ${MAX_LEVELS} levels`, { field: 'levels' });
  }
  return levels.map((l, i) => {
    const field = `levels[${i}]`;
    if (!Number.isInteger(l.afterSeconds) || l.afterSeconds <= 0 || l.afterSeconds > MAX_AFTER_SECONDS) {
      throw badInput(`afterSeconds must be a whole number of seconds from 1 to ${MAX_AFTER_SECONDS}`, { field: `${field}.afterSeconds` });
    }
    if (i > 0 && l.afterSeconds <= levels[i - 1].afterSeconds) {
      throw badInput('Each level comes strictly after the one before it', { field: `${field}.afterSeconds` });
    }
    if (l.recipients.length === 0) throw badInput('Each level tells someone', { field: `${field}.recipients` });
    const unknown = l.recipients.find((r) => !(ESCALATION_RECIPIENTS as readonly string[]).includes(r));
    if (unknown !== undefined) {
      throw badInput(`${unknown} is not a recipient party may escalate to (${ESCALATION_RECIPIENTS.join(', ')})`, {
        field: `${field}.recipients`,
      });
    }
    if (new Set(l.recipients).size !== l.recipients.length) {
      throw badInput('A recipient is named twice in one level', { field: `${field}.recipients` });
    }
    return { level: i + 1, afterSeconds: l.afterSeconds, recipients: l.recipients as EscalationRecipient[] };
  });
}
