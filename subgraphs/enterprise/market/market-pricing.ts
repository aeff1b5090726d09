/** Residents aged 60 and over pay nothing at the service market; the community covers it. */
export const SENIOR_AGE = 60;

export interface MarketItemPrice {
  listPriceFen: bigint;
  merchantDiscountFen: bigint;
  communitySubsidyFen: bigint;
}

export interface MarketSaleParts {
  listPriceFen: bigint;
  merchantDiscountFen: bigint;
  communitySubsidyFen: bigint;
  /** The community's cover of what a senior (60+) would have paid. */
  seniorCoverFen: bigint;
  residentPaidFen: bigint;
}

/**
 * Who pays what for `quantity` of an item: the merchant's discount, the community's
 * subsidy, and the rest by the resident — or, for a resident of 60 and over, by the
 * community too. All parts are whole fen and add up to the list price exactly.
 */
export function marketSaleParts(item: MarketItemPrice, quantity: number, senior: boolean): MarketSaleParts {
  const q = BigInt(quantity);
  const listPriceFen = item.listPriceFen * q;
  const merchantDiscountFen = item.merchantDiscountFen * q;
  const communitySubsidyFen = item.communitySubsidyFen * q;
  const rest = listPriceFen - merchantDiscountFen - communitySubsidyFen;
  if (rest < 0n) throw new RangeError('discount and subsidy exceed the list price');
  return {
    listPriceFen,
    merchantDiscountFen,
    communitySubsidyFen,
    seniorCoverFen: senior ? rest : 0n,
    residentPaidFen: senior ? 0n : rest,
  };
}
