import { Directive, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';

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

@InputType()
export class RecordFundIncomeInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => ManualIncomeSource)
  source: ManualIncomeSource;

  @Field(() => FenScalar, { description: 'Amount in fen, > 0.' })
  amountFen: bigint;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Same key and input again returns the first entry; same key, other input is a CONFLICT.' })
  idempotencyKey: string;
}

@InputType()
export class SubmitFundSpendingInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => FenScalar, { description: 'Amount in fen, > 0 and within the balance.' })
  amountFen: bigint;

  @Field(() => String, { description: 'The activity the money gives back to residents.' })
  description: string;

  @Field(() => String)
  idempotencyKey: string;
}

@InputType()
export class DecideFundSpendingInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String)
  idempotencyKey: string;
}

@InputType()
export class ReverseFundEntryInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => String, { description: 'Why the entry is corrected.' })
  reason: string;

  @Field(() => String)
  idempotencyKey: string;
}

@Directive('@inaccessible')
@InputType({ description: 'Internal: the settlement rebate handed over by the enterprise subgraph.' })
export class ApplySettlementRebateInput {
  @Field(() => ID)
  settlementId: string;

  @Field(() => ID)
  committeeId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => FenScalar)
  amountFen: bigint;

  @Field(() => String, { description: 'Settlement month, YYYY-MM.' })
  period: string;
}
