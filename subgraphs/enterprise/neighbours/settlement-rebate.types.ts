import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';

/** The rebate the enterprise promised with a settlement: what the committee may credit, nothing else. */
@Directive('@inaccessible')
@ObjectType()
export class SettlementRebateInfo {
  @Field(() => ID) settlementId: string;
  @Field(() => ID) committeeId: string;
  @Field(() => ID) compoundId: string;
  @Field(() => FenScalar) amount: bigint;
  @Field(() => String, { description: 'Settlement month, YYYY-MM.' }) period: string;
}
