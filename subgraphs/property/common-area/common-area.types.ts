import { Length, Matches } from '../../../shared/schema/class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "A named common area of a compound, so contracts can cover it and 'uncovered' can list it." })
export class DefineCommonAreaInput {
  @Field(() => ID)
  compoundId: string;

  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'key must be lower-case letters, digits and dashes' })
  @Field(() => String)
  key: string;

  @Length(1, 100)
  @Field(() => String)
  name: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  nameZh?: string | null;
}
