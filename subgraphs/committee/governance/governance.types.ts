import { Field, ID, InputType } from 'type-graphql';
import { GovernanceDocumentKind } from './governance.enums';

@InputType({ description: 'A new version of the convention or charter, as adopted by a passed vote.' })
export class AdoptDocumentVersionInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => GovernanceDocumentKind)
  kind: GovernanceDocumentKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  effectiveOn: string;

  @Field(() => ID, { description: 'The closed, passed vote (MEETING_RULES, MANAGEMENT_STATUTE or OTHER_MAJOR_MATTER) that adopted it.' })
  voteId: string;
}
