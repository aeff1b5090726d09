import { ArrayMaxSize, Length } from '../../../shared/schema/class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FenScalar } from '../../../shared/money/fen.scalar';

@InputType()
export class ServiceStandardInput {
  @Length(1, 200)
  @Field(() => String)
  item: string;

  @Length(1, 1000)
  @Field(() => String)
  standard: string;

  @Field(() => FenScalar, { nullable: true, description: 'Fee in integer fen; null when the item is covered by the property fee.' })
  feeFen?: bigint | null;

  @Length(1, 50)
  @Field(() => String, { nullable: true })
  feeUnit?: string | null;
}

@InputType()
export class PlanServiceOpenDayInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  day: string;

  @Length(1, 200)
  @Field(() => String)
  title: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  venue?: string | null;

  @ArrayMaxSize(100)
  @Field(() => [ServiceStandardInput])
  standards: ServiceStandardInput[];
}
