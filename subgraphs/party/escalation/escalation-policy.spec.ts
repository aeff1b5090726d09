import { escalationSettings } from './escalation-settings';
import { DomainError } from '../../../shared/errors';
import { checkedEscalationLevels, defaultEscalationLevels } from './escalation-policy';

function refusal(fn: () => unknown): { code: string; field: unknown } {
  try {
    fn();
  } catch (error) {
    const e = error as DomainError;
    return { code: String(e.extensions.code), field: e.extensions.field };
  }
  throw new Error('expected a refusal');
}

describe('escalation policy', () => {
  const saved = process.env.ESCALATION_DEADLINES_S;
  afterEach(() => {
    if (saved === undefined) delete process.env.ESCALATION_DEADLINES_S;
    else process.env.ESCALATION_DEADLINES_S = saved;
  });

  it('defaults to the Party secretary at 600 s and the community’s Party secretaries at 1800 s', () => {
    delete process.env.ESCALATION_DEADLINES_S;
    expect(defaultEscalationLevels()).toEqual([
      { level: 1, afterSeconds: 600, recipients: ['PARTY_SECRETARY'] },
      { level: 2, afterSeconds: 1800, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
    ]);
  });

  it('takes shorter default deadlines for a demo from ESCALATION_DEADLINES_S, and refuses a bad one', () => {
    process.env.ESCALATION_DEADLINES_S = '60, 120';
    expect(defaultEscalationLevels().map((l) => l.afterSeconds)).toEqual([60, 120]);
    for (const bad of ['120,60', '60', '0,60', '60,60', '60,1.5', 'a,b', '60,120,180']) {
      process.env.ESCALATION_DEADLINES_S = bad;
      expect(() => escalationSettings()).toThrow(
        `ESCALATION_DEADLINES_S must be 2 strictly increasing positive whole seconds, e.g. "60,120", not "${bad}"`,
      );
    }
  });

  it('numbers valid levels and names the field of an invalid one', () => {
    expect(
      checkedEscalationLevels([
        { afterSeconds: 300, recipients: ['GRID_WORKERS', 'PARTY_SECRETARY'] },
        { afterSeconds: 900, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
      ]),
    ).toEqual([
      { level: 1, afterSeconds: 300, recipients: ['GRID_WORKERS', 'PARTY_SECRETARY'] },
      { level: 2, afterSeconds: 900, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
    ]);
    const bad = 'BAD_USER_INPUT';
    expect(refusal(() => checkedEscalationLevels([]))).toEqual({ code: bad, field: 'levels' });
    expect(refusal(() => checkedEscalationLevels(Array(6).fill({ afterSeconds: 1, recipients: ['PARTY_SECRETARY'] })))).toEqual({
      code: bad,
      field: 'levels',
    });
    expect(refusal(() => checkedEscalationLevels([{ afterSeconds: 0, recipients: ['PARTY_SECRETARY'] }]))).toEqual({
      code: bad,
      field: 'levels[0].afterSeconds',
    });
    expect(
      refusal(() =>
        checkedEscalationLevels([
          { afterSeconds: 600, recipients: ['PARTY_SECRETARY'] },
          { afterSeconds: 600, recipients: ['COMMUNITY_PARTY_SECRETARIES'] },
        ]),
      ),
    ).toEqual({ code: bad, field: 'levels[1].afterSeconds' });
    expect(refusal(() => checkedEscalationLevels([{ afterSeconds: 60, recipients: [] }]))).toEqual({
      code: bad,
      field: 'levels[0].recipients',
    });
    for (const who of ['RESIDENT', 'DUTY_MANAGERS', 'everyone']) {
      expect(refusal(() => checkedEscalationLevels([{ afterSeconds: 60, recipients: [who] }]))).toEqual({
        code: bad,
        field: 'levels[0].recipients',
      });
    }
    expect(refusal(() => checkedEscalationLevels([{ afterSeconds: 60, recipients: ['GRID_WORKERS', 'GRID_WORKERS'] }]))).toEqual({
      code: bad,
      field: 'levels[0].recipients',
    });
  });
});
