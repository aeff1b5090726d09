import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Money } from '../../../shared/money/money.type';
import { CofundingContribution } from './cofunding-contribution.entity';
import { CofundingSource } from './cofunding.enums';

@ObjectType()
export class CofundingTotal {
  @Field(() => CofundingSource) source: CofundingSource;
  @Field(() => Money) amount: Money;
}

@ObjectType({ description: "An outlet's set-up co-funding: each contribution and the totals by source." })
export class Cofunding {
  @Field(() => [CofundingContribution]) contributions: CofundingContribution[];
  @Field(() => [CofundingTotal], { description: 'Every source, zero when it gave nothing.' }) totals: CofundingTotal[];
  @Field(() => Money) total: Money;
}

@InputType()
export class RecordCofundingInput {
  @Field(() => ID) outletId: string;
  @Field(() => CofundingSource) source: CofundingSource;
  @Field(() => FenScalar) amountFen: bigint;
  @Field(() => ID, { nullable: true, description: 'PROPERTY_COMPANY only.' }) propertyCompanyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'OWNERS_COMMITTEE only.' }) ownersCommitteeId?: string | null;
  @Field(() => ID, { nullable: true, description: "OWNERS_COMMITTEE only: the committee fund's spending entry that paid it." })
  fundEntryId?: string | null;
  @Field(() => String, { nullable: true, description: 'MERCHANT only.' }) merchantName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String) idempotencyKey: string;
}
