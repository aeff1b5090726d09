import { Arg, Args, Authorized, Ctx, Directive, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { assertUuid, notFound } from '../../../shared/errors';
import { Money } from '../../../shared/money/money.type';
import { Connection, ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Compound } from '../compound/compound.ref';
import { OwnersCommittee } from '../owners-committee/owners-committee.entity';
import { committeeByCompound, committeeById } from '../owners-committee/owners-committee.loaders';
import { FundEntry } from './fund-entry.entity';
import { fundBalanceByCompound, fundEntryById, fundEntryBySettlement, reversalOf } from './fund.loaders';
import { applySettlementRebate, decideSpending, recordIncome, reverseEntry, submitSpending } from './fund.service';
import { FundDirection, FundEntryStatus } from './fund.types';
import {
  ApplySettlementRebateInput,
  DecideFundSpendingInput,
  RecordFundIncomeInput,
  ReverseFundEntryInput,
  SubmitFundSpendingInput,
} from './fund.types';
import { Settlement } from './settlement.ref';

@ObjectType()
export class FundEntryConnection extends Connection(FundEntry) {}

/** A compound's public-affairs fund (公共事务经费): balance and ledger, disclosed to everyone signed in. */
@ObjectType({ description: "A compound's public-affairs fund (公共事务经费): its balance and append-only ledger." })
export class PublicFund {
  compoundId: string;
}

@Resolver(() => PublicFund)
export class PublicFundResolver {
  @Authorized()
  @Query(() => PublicFund, { description: "A compound's public-affairs fund; disclosed to all owners (and everyone signed in)." })
  publicFund(@Arg('compoundId', () => ID) compoundId: string): PublicFund {
    return Object.assign(new PublicFund(), { compoundId: assertUuid(compoundId, 'compoundId') });
  }

  @FieldResolver(() => Compound)
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
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionResult<FundEntry>> {
    const qb = ctx.dataSource.getRepository(FundEntry).createQueryBuilder('e').where('e.compound_id = :c', { c: fund.compoundId });
    return paginate(qb, args, { column: 'e.seq', idColumn: 'e.id', valueOf: (e) => e.seq, idOf: (e) => e.id });
  }
}

/** What another subgraph needs to check a fund entry id at write time (enterprise: the co-funding the fund paid). */
@Directive('@inaccessible')
@ObjectType()
export class FundEntryInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
  @Field(() => ID) committeeId: string;
  @Field(() => FundDirection) direction: FundDirection;
  @Field(() => FundEntryStatus) status: FundEntryStatus;
  @Field(() => FenScalar) amount: bigint;
  @Field(() => Boolean, { description: 'A reversal entry has corrected it (the money went back).' }) reversed: boolean;
}

@Resolver(() => FundEntry)
export class FundEntryResolver {
  @Directive('@inaccessible')
  @Authorized('service')
  @Query(() => FundEntryInfo, {
    nullable: true,
    description:
      "Internal: a fund entry's compound, direction, status and amount, for other subgraphs' write-time checks; null when unknown.",
  })
  async fundEntryInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FundEntryInfo | null> {
    const found = await fundEntryById(ctx).load(assertUuid(id));
    if (!found) return null;
    const reversal = await reversalOf(ctx).load(found.id);
    return {
      id: found.id,
      compoundId: found.compoundId,
      committeeId: found.committeeId,
      direction: found.direction,
      status: found.status,
      amount: found.amountFen,
      reversed: reversal !== null,
    };
  }

  @Authorized()
  @Query(() => FundEntry, { description: 'One fund entry by id.' })
  async fundEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FundEntry> {
    const found = await fundEntryById(ctx).load(assertUuid(id));
    if (!found) throw notFound('FundEntry', id);
    return found;
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

  @Directive('@inaccessible')
  @Authorized('service')
  @Mutation(() => FundEntry, { description: 'Internal: the enterprise subgraph hands over a settlement rebate (topic settlement.rebate).' })
  applySettlementRebate(
    @Arg('input', () => ApplySettlementRebateInput) input: ApplySettlementRebateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FundEntry> {
    return applySettlementRebate(ctx, input);
  }

  @FieldResolver(() => Money)
  amount(@Root() entry: FundEntry): Money {
    return Money.of(entry.amountFen);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The balance right after this entry posted.' })
  balanceAfter(@Root() entry: FundEntry): Money | null {
    return entry.balanceAfterFen === null ? null : Money.of(entry.balanceAfterFen);
  }

  @FieldResolver(() => Compound)
  compound(@Root() entry: FundEntry): Compound {
    return { id: entry.compoundId };
  }

  @FieldResolver(() => OwnersCommittee)
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

@Resolver(() => Settlement)
export class SettlementFundResolver {
  @FieldResolver(() => FundEntry, { nullable: true, description: "The committee fund entry this settlement's rebate produced." })
  fundEntry(@Root() settlement: Settlement, @Ctx() ctx: RequestContext): Promise<FundEntry | null> {
    return fundEntryBySettlement(ctx).load(settlement.id);
  }
}

@Resolver(() => OwnersCommittee)
export class CommitteeFundResolver {
  @FieldResolver(() => PublicFund, { description: "The committee's public-affairs fund." })
  fund(@Root() committee: OwnersCommittee): PublicFund {
    return Object.assign(new PublicFund(), { compoundId: committee.compoundId });
  }
}
