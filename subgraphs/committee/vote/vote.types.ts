import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { BallotChoice, JointMatter, TallyStage, TallyMeasure, TallyRule } from './vote.enums';
import { JointVote } from './joint-vote.entity';

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
