import { Length } from '../../../shared/schema/class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AddStaffMemberInput {
  @Field(() => ID)
  companyId: string;

  @Length(1, 100)
  @Field(() => String)
  name: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  title?: string | null;
}
