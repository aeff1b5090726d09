import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';

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

/** One entry of a compound's public-affairs fund ledger (公共经费分录), in integer fen. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An entry of the public-affairs fund ledger (公共经费分录); disclosed to all owners.' })
@Entity('fund_entry')
export class FundEntry extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** Ledger order: entries of one instant still have one order. */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { from: (v: string) => Number(v), to: (v: unknown) => v } })
  seq: number;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('committee_id')
  committeeId: string;

  @Field(() => FundDirection)
  @Column({ type: 'text' })
  direction: FundDirection;

  @Field(() => FundSource)
  @Column({ type: 'text' })
  source: FundSource;

  @FenColumn('amount_fen')
  amountFen: bigint;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => FundEntryStatus)
  @Column({ type: 'text' })
  status: FundEntryStatus;

  @Field(() => String, { description: 'Who submitted it (user id).' })
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected a spending (user id), never the submitter.' })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When the money moved (and the entry was disclosed).' })
  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  @FenColumn('balance_after_fen', { nullable: true })
  balanceAfterFen: bigint | null;

  @UuidColumn('reverses_entry_id', { nullable: true })
  reversesEntryId: string | null;

  @UuidColumn('settlement_id', { nullable: true })
  settlementId: string | null;

  @Field(() => String, { nullable: true, description: 'Settlement month of a rebate, YYYY-MM.' })
  @Column({ type: 'text', nullable: true })
  period: string | null;
}
