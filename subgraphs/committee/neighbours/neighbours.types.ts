import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { FundDirection, FundEntryStatus } from '../fund/fund.enums';

/** What enterprise hands over when a settlement returns money to the fund (topic `settlement.rebate`). */
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
