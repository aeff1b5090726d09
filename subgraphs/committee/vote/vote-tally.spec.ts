import { JointMatter } from './vote.enums';
import { explain, formatArea, leastMeeting, meets, tally, TallyInput } from './vote-tally';

const base = (over: Partial<TallyInput>): TallyInput => ({
  rollArea: 0n,
  rollHeads: 0n,
  forArea: 0n,
  forHeads: 0n,
  againstArea: 0n,
  againstHeads: 0n,
  abstainArea: 0n,
  abstainHeads: 0n,
  ...over,
});

describe('vote tally (Civil Code art. 278, integers only)', () => {
  it('counts the bound for "at least" and not for "more than"', () => {
    expect(meets('AT_LEAST_TWO_THIRDS', 2n, 3n)).toBe(true);
    expect(meets('AT_LEAST_TWO_THIRDS', 19999n, 30000n)).toBe(false);
    expect(meets('AT_LEAST_THREE_QUARTERS', 3n, 4n)).toBe(true);
    expect(meets('AT_LEAST_THREE_QUARTERS', 29999n, 40000n)).toBe(false);
    expect(meets('MORE_THAN_HALF', 2n, 4n)).toBe(false);
    expect(meets('MORE_THAN_HALF', 3n, 5n)).toBe(true);
    expect(meets('MORE_THAN_HALF', 20001n, 40000n)).toBe(true);
  });

  it('finds the least count meeting each rule', () => {
    expect(leastMeeting('AT_LEAST_TWO_THIRDS', 3n)).toBe(2n);
    expect(leastMeeting('AT_LEAST_TWO_THIRDS', 4n)).toBe(3n);
    expect(leastMeeting('AT_LEAST_TWO_THIRDS', 30001n)).toBe(20001n);
    expect(leastMeeting('AT_LEAST_THREE_QUARTERS', 5n)).toBe(4n);
    expect(leastMeeting('MORE_THAN_HALF', 4n)).toBe(3n);
    expect(leastMeeting('MORE_THAN_HALF', 5n)).toBe(3n);
    for (const rule of ['AT_LEAST_TWO_THIRDS', 'AT_LEAST_THREE_QUARTERS', 'MORE_THAN_HALF'] as const) {
      for (let d = 0n; d < 50n; d++) {
        const least = leastMeeting(rule, d);
        expect(meets(rule, least, d)).toBe(true);
        if (least > 0n) expect(meets(rule, least - 1n, d)).toBe(false);
      }
    }
  });

  it('is valid at exactly two-thirds of area and heads, invalid one head or 0.01 m² below', () => {
    const exact = tally(JointMatter.MEETING_RULES, base({ rollArea: 30000n, rollHeads: 3n, forArea: 20000n, forHeads: 2n }));
    expect(exact.valid).toBe(true);
    expect(exact.passed).toBe(true);

    const areaShort = tally(JointMatter.MEETING_RULES, base({ rollArea: 30000n, rollHeads: 3n, forArea: 19999n, forHeads: 2n }));
    expect(areaShort.valid).toBe(false);
    expect(areaShort.passed).toBe(false);
    expect(areaShort.checks[0]).toMatchObject({ stage: 'PARTICIPATION', measure: 'AREA', met: false, required: 20000n, shortfall: 1n });
    expect(areaShort.checks[1].met).toBe(true);
    expect(explain(areaShort)).toContain(
      'Participation by area: 199.99 m² of the roll 300.00 m², needs at least two-thirds (200.00 m²): FAILED, 0.01 m² short.',
    );

    const headShort = tally(JointMatter.MEETING_RULES, base({ rollArea: 30003n, rollHeads: 6n, forArea: 30000n, forHeads: 3n }));
    expect(headShort.valid).toBe(false);
    expect(headShort.checks[1]).toMatchObject({ measure: 'HEADS', required: 4n, shortfall: 1n, met: false });
    expect(headShort.checks[0].met).toBe(true);
  });

  it('passes items 6–8 at exactly three-quarters, fails just below on either measure; abstentions never approve', () => {
    const exact = tally(
      JointMatter.CHANGE_USE_OF_COMMON_PARTS,
      base({ rollArea: 40000n, rollHeads: 4n, forArea: 30000n, forHeads: 3n, abstainArea: 10000n, abstainHeads: 1n }),
    );
    expect(exact).toMatchObject({ valid: true, passed: true, participatingArea: 40000n, participatingHeads: 4n });

    const area = tally(
      JointMatter.REBUILD,
      base({ rollArea: 40000n, rollHeads: 4n, forArea: 29999n, forHeads: 3n, againstArea: 10001n, againstHeads: 1n }),
    );
    expect(area.passed).toBe(false);
    expect(area.checks[2]).toMatchObject({ stage: 'APPROVAL', measure: 'AREA', rule: 'AT_LEAST_THREE_QUARTERS', shortfall: 1n });
    expect(area.checks[3].met).toBe(true);

    const heads = tally(
      JointMatter.RAISE_MAINTENANCE_FUND,
      base({ rollArea: 50000n, rollHeads: 5n, forArea: 40000n, forHeads: 3n, abstainArea: 10000n, abstainHeads: 2n }),
    );
    expect(heads.passed).toBe(false);
    expect(heads.checks[3]).toMatchObject({ measure: 'HEADS', required: 4n, shortfall: 1n });
    expect(heads.checks[2].met).toBe(true);
  });

  it('fails ordinary matters at exactly half of heads or of area', () => {
    const halfHeads = tally(
      JointMatter.HIRE_OR_DISMISS_MANAGER,
      base({ rollArea: 40000n, rollHeads: 4n, forArea: 20001n, forHeads: 2n, againstArea: 19999n, againstHeads: 2n }),
    );
    expect(halfHeads.passed).toBe(false);
    expect(halfHeads.checks[2].met).toBe(true);
    expect(halfHeads.checks[3]).toMatchObject({ met: false, required: 3n, shortfall: 1n });

    const halfArea = tally(
      JointMatter.HIRE_OR_DISMISS_MANAGER,
      base({ rollArea: 40000n, rollHeads: 4n, forArea: 20000n, forHeads: 3n, againstArea: 20000n, againstHeads: 1n }),
    );
    expect(halfArea.passed).toBe(false);
    expect(halfArea.checks[2]).toMatchObject({ met: false, required: 20001n, shortfall: 1n });
    expect(explain(halfArea)).toContain(
      'Approval by area: 200.00 m² of the participants 400.00 m², needs more than half (200.01 m²): FAILED, 0.01 m² short.',
    );
  });

  it('decides nothing with no participants and refuses impossible counts', () => {
    expect(tally(JointMatter.OTHER_MAJOR_MATTER, base({ rollArea: 100n, rollHeads: 1n }))).toMatchObject({ valid: false, passed: false });
    expect(tally(JointMatter.OTHER_MAJOR_MATTER, base({}))).toMatchObject({ valid: false, passed: false });
    expect(() => tally(JointMatter.OTHER_MAJOR_MATTER, base({ rollArea: 1n, rollHeads: 1n, forArea: 2n, forHeads: 1n }))).toThrow();
    expect(() => tally(JointMatter.OTHER_MAJOR_MATTER, base({ rollArea: 1n, rollHeads: 1n, forArea: -1n }))).toThrow();
  });

  it('formats hundredths of m²', () => {
    expect(formatArea(1n)).toBe('0.01');
    expect(formatArea(12345n)).toBe('123.45');
  });
});
