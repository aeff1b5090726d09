import { Length } from '../../../shared/schema/class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../../shared/pagination/connection';
import { PropertyCompany } from './property-company.entity';

@ObjectType()
export class PropertyCompanyConnection extends Connection(PropertyCompany) {}

@InputType()
export class CreatePropertyCompanyInput {
  @Length(1, 200)
  @Field(() => String)
  name: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  nameZh?: string | null;
}
