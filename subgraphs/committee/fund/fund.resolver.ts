import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { assertUuid } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import type { ConnectionResult } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../neighbours/compound.ref';
import { Settlement } from '../neighbours/settlement.ref';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { committeeByCompound, committeeById } from '../owners-committee/owners-committee.loaders';
import { FundEntry } from './fund-entry.entity';
import { fundBalanceByCompound, fundEntryById, reversalOf } from './fund.loaders';
import { decideSpending, fundEntries, publicFundOf, recordIncome, reverseEntry, submitSpending } from './fund.service';
import {
  DecideFundSpendingInput,
  FundEntryConnection,
  FundEntryPageArgs,
  PublicFund,
  RecordFundIncomeInput,
  ReverseFundEntryInput,
  SubmitFundSpendingInput,
} from './fund.types';

@Resolver(() => PublicFund)
export class PublicFundResolver {
  @Authorized()
  @Query(() => PublicFund, { description: "A compound's public-affairs fund; disclosed to all owners (and everyone signed in)." })
  publicFund(@Arg('compoundId', () => ID) compoundId: string): PublicFund {
    return publicFundOf(assertUuid(compoundId, 'compoundId'));
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() fund: PublicFund): Compound {
    return { id: fund.compoundId };
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true })
  committee(@Root() fund: PublicFund, @Ctx() ctx: RequestContext): Promise<OwnersCommittee | null> {
    return committeeByCompound(ctx).load(fund.compoundId);
  }

  @FieldResolver(() => Money, { description: 'What the fund holds now; never below zero.' })
  async balance(@Root() fund: PublicFund, @Ctx() ctx: RequestContext): Promise<Money> {
    return Money.of((await fundBalanceByCompound(ctx).load(fund.compoundId)).balance);
  }

  @FieldResolver(() => Money, { description: 'Submitted spendings waiting for approval; new spendings fit only within balance less this.' })
  async pendingSpending(@Root() fund: PublicFund, @Ctx() ctx: RequestContext): Promise<Money> {
    return Money.of((await fundBalanceByCompound(ctx).load(fund.compoundId)).pending);
  }

  @FieldResolver(() => FundEntryConnection, { description: 'Every entry in ledger order, pending and rejected spendings included.' })
  entries(
    @Root() fund: PublicFund,
    @Args(() => FundEntryPageArgs) args: FundEntryPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<FundEntry>> {
    return fundEntries(ctx, fund.compoundId, args);
  }
}

@Resolver(() => FundEntry)
export class FundEntryResolver {
  @Authorized()
  @Query(() => FundEntry, { description: 'One fund entry by id.' })
  fundEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FundEntry> {
    return loadOrNotFound(fundEntryById(ctx).load(assertUuid(id)), 'FundEntry', id);
  }

  @Authorized('committee_member')
  @Mutation(() => FundEntry, { description: 'Records crowdfunded or donated income (posted at once).' })
  recordFundIncome(
    @Arg('input', () => RecordFundIncomeInput) input: RecordFundIncomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return recordIncome(ctx, input);
  }

  @Authorized('committee_member')
  @Mutation(() => FundEntry, {
    description: 'Submits a spending on an activity; it moves money only when another committee member approves it.',
  })
  submitFundSpending(
    @Arg('input', () => SubmitFundSpendingInput) input: SubmitFundSpendingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return submitSpending(ctx, input);
  }

  @Authorized('committee_member')
  @Mutation(() => FundEntry, { description: 'Approves a pending spending (not your own): the money moves and the entry is disclosed.' })
  approveFundSpending(
    @Arg('input', () => DecideFundSpendingInput) input: DecideFundSpendingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return decideSpending(ctx, input, true);
  }

  @Authorized('committee_member')
  @Mutation(() => FundEntry, { description: 'Rejects a pending spending (not your own); no money moves.' })
  rejectFundSpending(
    @Arg('input', () => DecideFundSpendingInput) input: DecideFundSpendingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return decideSpending(ctx, input, false);
  }

  @Authorized('committee_member')
  @Mutation(() => FundEntry, { description: 'Corrects a posted entry with a reversal entry; nothing is edited or deleted.' })
  reverseFundEntry(
    @Arg('input', () => ReverseFundEntryInput) input: ReverseFundEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return reverseEntry(ctx, input);
  }

  @FieldResolver(() => Money, { nullable: true })
  amount(@Root() entry: FundEntry): Money {
    return Money.of(entry.amountFen);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The balance right after this entry posted.' })
  balanceAfter(@Root() entry: FundEntry): Money | null {
    return entry.balanceAfterFen === null ? null : Money.of(entry.balanceAfterFen);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() entry: FundEntry): Compound {
    return { id: entry.compoundId };
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true })
  async committee(@Root() entry: FundEntry, @Ctx() ctx: RequestContext): Promise<OwnersCommittee> {
    return (await committeeById(ctx).load(entry.committeeId))!;
  }

  @FieldResolver(() => FundEntry, { nullable: true, description: 'The entry this reversal corrects.' })
  reverses(@Root() entry: FundEntry, @Ctx() ctx: RequestContext): Promise<FundEntry | null> | null {
    return entry.reversesEntryId ? fundEntryById(ctx).load(entry.reversesEntryId) : null;
  }

  @FieldResolver(() => FundEntry, { nullable: true, description: 'The reversal that corrected this entry, if any.' })
  reversedBy(@Root() entry: FundEntry, @Ctx() ctx: RequestContext): Promise<FundEntry | null> {
    return reversalOf(ctx).load(entry.id);
  }

  @FieldResolver(() => Settlement, { nullable: true, description: 'The settlement whose rebate this is.' })
  settlement(@Root() entry: FundEntry): Settlement | null {
    return entry.settlementId ? { id: entry.settlementId } : null;
  }
}

@Resolver(() => OwnersCommittee)
export class CommitteeFundResolver {
  @FieldResolver(() => PublicFund, { nullable: true, description: "The committee's public-affairs fund." })
  fund(@Root() committee: OwnersCommittee): PublicFund {
    return publicFundOf(committee.compoundId);
  }
}
