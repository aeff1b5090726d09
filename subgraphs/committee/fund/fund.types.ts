import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { FundEntry } from './fund-entry.entity';
import { FundEntryOrderField, FundEntryStatus, ManualIncomeSource } from './fund.enums';

@ObjectType()
export class FundEntryConnection extends Connection(FundEntry) {}

@InputType()
export class FundEntryOrder extends OrderInput(FundEntryOrderField) {}

@ArgsType()
export class FundEntryPageArgs extends PageArgs {
  @Field(() => [FundEntryStatus], {
    nullable: true,
    description: 'Only entries in one of these statuses (PENDING_APPROVAL: waiting for a second member).',
  })
  statuses?: FundEntryStatus[] | null;

  @Field(() => FundEntryOrder, { nullable: true, description: 'Default: ledger order, oldest first.' })
  orderBy?: FundEntryOrder | null;
}

/** A compound's public-affairs fund (公共事务经费): balance and ledger, disclosed to everyone signed in. */
@ObjectType({ description: "A compound's public-affairs fund (公共事务经费): its balance and append-only ledger." })
export class PublicFund {
  compoundId: string;
}

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
