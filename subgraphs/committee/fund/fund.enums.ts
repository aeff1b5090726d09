import { registerEnumType } from 'type-graphql';

export enum FundDirection {
  INCOME = 'INCOME',
  SPENDING = 'SPENDING',
}
registerEnumType(FundDirection, { name: 'FundDirection', description: 'Money into or out of the public-affairs fund.' });

export enum FundSource {
  /** Owners' crowdfunding (众筹). */
  CROWDFUNDING = 'CROWDFUNDING',
  DONATION = 'DONATION',
  /** The property company's share of a social enterprise's settlement, returned to the fund. */
  SETTLEMENT_REBATE = 'SETTLEMENT_REBATE',
  /** Spending on activities that give back to residents. */
  ACTIVITY = 'ACTIVITY',
  /** A correction: the opposite of an earlier entry. */
  REVERSAL = 'REVERSAL',
}
registerEnumType(FundSource, { name: 'FundSource', description: 'Where the money came from or went: every entry names its source.' });

export enum FundEntryStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  POSTED = 'POSTED',
  REJECTED = 'REJECTED',
}
registerEnumType(FundEntryStatus, {
  name: 'FundEntryStatus',
  description: 'Spending waits for a second committee member; income and reversals post at once.',
});

/** Income a committee member may record; rebates arrive only from the enterprise subgraph. */
export enum ManualIncomeSource {
  CROWDFUNDING = 'CROWDFUNDING',
  DONATION = 'DONATION',
}
registerEnumType(ManualIncomeSource, {
  name: 'ManualIncomeSource',
  description: 'Income recorded by hand; settlement rebates arrive by hand-over.',
});

/** What a fund ledger is sorted by (`orderBy`); without it, in ledger order. */
export enum FundEntryOrderField {
  LEDGER = 'LEDGER',
  SUBMITTED_AT = 'SUBMITTED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(FundEntryOrderField, {
  name: 'FundEntryOrderField',
  description: 'LEDGER: the order entries were written (DESC: newest first); SUBMITTED_AT: when submitted; AMOUNT: by amount.',
});
