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

@InputType({ description: "Marks a staff member as a duty manager (or not) and links their user account (the token's `sub`)." })
export class SetStaffDutyInput {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => Boolean)
  dutyManager: boolean;

  @Length(1, 200)
  @Field(() => String, { nullable: true, description: "The member's user account (token `sub`); null unlinks it." })
  accountSub?: string | null;
}
