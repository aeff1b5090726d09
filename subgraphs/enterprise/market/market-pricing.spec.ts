import { marketSaleParts } from './market-pricing';
import { ageOn } from '../canteen/meal-pricing';

const haircut = { listPriceFen: 2000n, merchantDiscountFen: 500n, communitySubsidyFen: 700n };
const sum = (p: ReturnType<typeof marketSaleParts>) => p.merchantDiscountFen + p.communitySubsidyFen + p.seniorCoverFen + p.residentPaidFen;

describe('service market (城南市集): who pays what', () => {
  it('makes the resident pay the rest after the merchant discount and community subsidy', () => {
    const p = marketSaleParts(haircut, 1, false);
    expect(p).toEqual({
      listPriceFen: 2000n,
      merchantDiscountFen: 500n,
      communitySubsidyFen: 700n,
      seniorCoverFen: 0n,
      residentPaidFen: 800n,
    });
    expect(sum(p)).toBe(p.listPriceFen);
  });

  it('lets residents of 60 and over pay nothing: the community covers their part', () => {
    const p = marketSaleParts(haircut, 3, true);
    expect(p).toEqual({
      listPriceFen: 6000n,
      merchantDiscountFen: 1500n,
      communitySubsidyFen: 2100n,
      seniorCoverFen: 2400n,
      residentPaidFen: 0n,
    });
    expect(sum(p)).toBe(p.listPriceFen);
    // 60 on the day counts (以上 includes the bound).
    expect(ageOn('1966-11-22', '2026-11-22') >= 60).toBe(true);
    expect(ageOn('1966-11-23', '2026-11-22') >= 60).toBe(false);
  });

  it('handles a free-to-resident item and refuses parts above the list price', () => {
    expect(marketSaleParts({ listPriceFen: 100n, merchantDiscountFen: 40n, communitySubsidyFen: 60n }, 1, false).residentPaidFen).toBe(0n);
    expect(() => marketSaleParts({ listPriceFen: 100n, merchantDiscountFen: 60n, communitySubsidyFen: 60n }, 1, false)).toThrow(RangeError);
  });
});
