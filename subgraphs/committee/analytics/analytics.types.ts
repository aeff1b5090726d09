import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../../shared/money/money.type';
import { FundDirection, FundSource } from '../fund/fund.enums';
import { JointMatter } from '../vote/vote.enums';

@ObjectType({ description: 'Turnout and result of one closed vote; turnout in basis points (1/100 of a percent), floored.' })
export class VoteTurnoutRow {
  @Field(() => ID) voteId: string;
  @Field(() => JointMatter) matter: JointMatter;
  @Field(() => String) title: string;
  @Field(() => Date) closedAt: Date;
  @Field(() => Int) rollHeads: number;
  @Field(() => Int) rollAreaCentiM2: number;
  @Field(() => Int) participatingHeads: number;
  @Field(() => Int) participatingAreaCentiM2: number;
  @Field(() => Int) turnoutHeadsBasisPoints: number;
  @Field(() => Int) turnoutAreaBasisPoints: number;
  @Field(() => Int) forHeads: number;
  @Field(() => Int) forAreaCentiM2: number;
  @Field(() => Int) againstHeads: number;
  @Field(() => Int) againstAreaCentiM2: number;
  @Field(() => Int) abstainHeads: number;
  @Field(() => Int) abstainAreaCentiM2: number;
  @Field(() => Boolean) valid: boolean;
  @Field(() => Boolean) passed: boolean;
}

@ObjectType({ description: 'Closed votes on one matter and how they ended.' })
export class MatterOutcomeRow {
  @Field(() => JointMatter) matter: JointMatter;
  @Field(() => Int) closedVotes: number;
  @Field(() => Int) validVotes: number;
  @Field(() => Int) passedVotes: number;
  @Field(() => Int) participatingHeads: number;
  @Field(() => Int) rollHeads: number;
}

@ObjectType({ description: 'Posted fund money of one month, direction and source.' })
export class FundFlowRow {
  @Field(() => String, { description: 'YYYY-MM in Asia/Shanghai.' }) period: string;
  @Field(() => FundDirection) direction: FundDirection;
  @Field(() => FundSource) source: FundSource;
  @Field(() => Int) entries: number;
  @Field(() => Money) total: Money;
}
