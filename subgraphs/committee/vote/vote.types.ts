import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { BallotChoice } from './ballot.entity';
import { JointMatter } from './joint-matter';
import { JointVote } from './joint-vote.entity';

export enum TallyStage {
  PARTICIPATION = 'PARTICIPATION',
  APPROVAL = 'APPROVAL',
}
registerEnumType(TallyStage, {
  name: 'TallyStage',
  description: 'Participation is measured against the frozen roll, approval against the participants.',
});

export enum TallyMeasure {
  AREA = 'AREA',
  HEADS = 'HEADS',
}
registerEnumType(TallyMeasure, { name: 'TallyMeasure', description: 'Exclusive area (hundredths of m²) or headcount (owners).' });

export enum TallyRule {
  AT_LEAST_TWO_THIRDS = 'AT_LEAST_TWO_THIRDS',
  AT_LEAST_THREE_QUARTERS = 'AT_LEAST_THREE_QUARTERS',
  MORE_THAN_HALF = 'MORE_THAN_HALF',
}
registerEnumType(TallyRule, {
  name: 'TallyRule',
  description: '"At least" (以上) includes the bound; "more than" (过半数) does not (Civil Code art. 1259).',
});

@InputType({ description: 'A joint decision to put to the owners; opening it freezes the roll.' })
export class OpenVoteInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => JointMatter)
  matter: JointMatter;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: "The signed-in owner's ballot in an open vote." })
export class BallotInput {
  @Field(() => ID)
  voteId: string;

  @Field(() => BallotChoice)
  choice: BallotChoice;
}

@ObjectType({ description: 'The roll as frozen when the vote opened.' })
export class FrozenRoll {
  @Field(() => Int, { description: 'Owners (heads) on the frozen roll.' })
  heads: number;

  @Field(() => Int, { description: 'Exclusive area on the frozen roll, hundredths of m².' })
  areaCentiM2: number;

  @Field(() => String, { description: 'Area in m² with two decimals, for display.' })
  area: string;
}

@ObjectType({ description: 'One threshold of the decision, with its figures.' })
export class ThresholdCheckResult {
  @Field(() => TallyStage)
  stage: TallyStage;

  @Field(() => TallyMeasure)
  measure: TallyMeasure;

  @Field(() => TallyRule)
  rule: TallyRule;

  @Field(() => Int, { description: 'Participants (participation) or those in favour (approval).' })
  count: number;

  @Field(() => Int, { description: 'The frozen roll (participation) or the participants (approval).' })
  base: number;

  @Field(() => Int, { description: 'The least count that meets the rule.' })
  required: number;

  @Field(() => Int, { description: 'How much more was needed; 0 when met.' })
  shortfall: number;

  @Field(() => Boolean)
  met: boolean;

  @Field(() => String, { description: 'The check in words.' })
  text: string;
}

@ObjectType({ description: 'The stored result of a closed vote, with every figure.' })
export class VoteResult {
  @Field(() => Boolean, { description: 'Participation reached two-thirds of area and of heads.' })
  valid: boolean;

  @Field(() => Boolean, { description: 'Valid, and approved on both area and heads.' })
  passed: boolean;

  @Field(() => Int)
  participatingAreaCentiM2: number;

  @Field(() => Int)
  participatingHeads: number;

  @Field(() => Int)
  forAreaCentiM2: number;

  @Field(() => Int)
  forHeads: number;

  @Field(() => Int)
  againstAreaCentiM2: number;

  @Field(() => Int)
  againstHeads: number;

  @Field(() => Int)
  abstainAreaCentiM2: number;

  @Field(() => Int)
  abstainHeads: number;

  @Field(() => [ThresholdCheckResult])
  checks: ThresholdCheckResult[];

  @Field(() => String, { description: 'The verdict and each threshold in words: which failed and by how much.' })
  explanation: string;
}

@ObjectType()
export class JointVoteConnection extends Connection(JointVote) {}
