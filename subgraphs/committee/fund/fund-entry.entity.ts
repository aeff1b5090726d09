import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { FundDirection, FundSource, FundEntryStatus } from './fund.enums';

/**
 * One entry of a compound's public-affairs fund ledger (公共经费分录), in integer fen. Every
 * GraphQL field but `id` is nullable: enterprise hands out fund entries, and while committee
 * is down the rest of such a reference is null, not the object holding it (README, "Schema
 * changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An entry of the public-affairs fund ledger (公共经费分录); disclosed to all owners.' })
@Entity('fund_entry')
export class FundEntry extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** Ledger order: entries of one instant still have one order. */
  @SeqColumn()
  seq: number;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('committee_id')
  committeeId: string;

  @Field(() => FundDirection, { nullable: true })
  @Column({ type: 'text' })
  direction: FundDirection;

  @Field(() => FundSource, { nullable: true })
  @Column({ type: 'text' })
  source: FundSource;

  @FenColumn('amount_fen')
  amountFen: bigint;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  description: string;

  @Field(() => FundEntryStatus, { nullable: true })
  @Column({ type: 'text' })
  status: FundEntryStatus;

  @Field(() => String, { nullable: true, description: 'Who submitted it (user id).' })
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @Field(() => Date, { nullable: true })
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
