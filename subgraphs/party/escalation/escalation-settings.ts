import { env, positiveInt } from '../../../shared/config';

/**
 * The 10-minute promise's automatic escalation in party (README: ESCALATION_DEADLINES_S,
 * ESCALATION_POLL_MS): the default levels' deadlines in seconds into the promise
 * (strictly increasing; shorten them for a demo, e.g. `60,120`), and how often the
 * worker looks for due escalations.
 */
export interface EscalationSettings {
  deadlinesS: number[];
  pollMs: number;
  /**
   * When the 10-minute promise runs: `duty` (the grid's duty hours, the rule) or `always`
   * (PROMISE_HOURS=always, for a demo at night: the promise starts when the report is filed).
   */
  promiseHours: 'duty' | 'always';
}

export const DEFAULT_ESCALATION_DEADLINES_S = [600, 1800];

export function escalationSettings(): EscalationSettings {
  const raw = env('ESCALATION_DEADLINES_S');
  let deadlinesS = DEFAULT_ESCALATION_DEADLINES_S;
  if (raw !== undefined) {
    deadlinesS = raw.split(',').map((s) => Number(s.trim()));
    const valid =
      deadlinesS.length === DEFAULT_ESCALATION_DEADLINES_S.length &&
      deadlinesS.every((v, i) => Number.isInteger(v) && v > 0 && (i === 0 || v > deadlinesS[i - 1]));
    if (!valid) {
      throw new Error(
        `ESCALATION_DEADLINES_S must be ${DEFAULT_ESCALATION_DEADLINES_S.length} strictly increasing positive whole seconds, e.g. "60,120", not "${raw}"`,
      );
    }
  }
  const promiseHours = env('PROMISE_HOURS') ?? 'duty';
  if (promiseHours !== 'duty' && promiseHours !== 'always') throw new Error(`PROMISE_HOURS must be duty or always, not "${promiseHours}"`);
  return { deadlinesS, pollMs: positiveInt('ESCALATION_POLL_MS', 1000), promiseHours };
}
