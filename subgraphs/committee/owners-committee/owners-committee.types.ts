import { Field, ID, InputType } from 'type-graphql';
import { CommitteeRole } from './owners-committee.enums';

@InputType()
export class SeatInput {
  @Field(() => ID)
  ownerId: string;

  @Field(() => CommitteeRole)
  role: CommitteeRole;
}

@InputType({ description: 'A committee term as elected by a passed ELECT_COMMITTEE vote.' })
export class RecordElectionInput {
  @Field(() => ID, { description: 'The closed, passed vote of matter ELECT_COMMITTEE.' })
  voteId: string;

  @Field(() => String, { nullable: true, description: "The committee's name, when this election founds it." })
  committeeName?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  termStartsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  termEndsOn: string;

  @Field(() => [SeatInput], { description: 'Exactly one CHAIR; any vice-chairs and members; each an owner on the roll, once.' })
  seats: SeatInput[];
}
