import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Connection } from '../../../shared/pagination/connection';
import { FundEntry } from './fund-entry.entity';

@ObjectType()
export class FundEntryConnection extends Connection(FundEntry) {}

/** A compound's public-affairs fund (公共事务经费): balance and ledger, disclosed to everyone signed in. */
@ObjectType({ description: "A compound's public-affairs fund (公共事务经费): its balance and append-only ledger." })
export class PublicFund {
  compoundId: string;
}

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
