import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class CreatePropertyCompanyInput {
  @Length(1, 200)
  @Field(() => String)
  name: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  nameZh?: string | null;
}
