import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { Resident } from './resident.entity';
import { ResidentOrderField } from './resident.enums';

@ObjectType()
export class ResidentConnection extends Connection(Resident) {}

@InputType()
export class ResidentOrder extends OrderInput(ResidentOrderField) {}

@ArgsType()
export class ResidentPageArgs extends PageArgs {
  @Field(() => ResidentOrder, { nullable: true, description: 'Default: by id (a stable order that shows nothing about anyone).' })
  orderBy?: ResidentOrder | null;

  @Field(() => Boolean, { nullable: true, description: 'Only elderly living alone (or only not).' })
  elderlyLivingAlone?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only local (or only non-local) residents.' })
  isLocal?: boolean | null;
}

@InputType()
export class CreateResidentInput {
  @Field(() => ID, { description: 'The compound the grid worker registers in; the household must be in it.' }) compoundId: string;
  @Field(() => ID) householdId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Chinese mobile (1[3-9] + 9 digits) or landline with area code.' }) phone?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: "Default: the household's isLocal." }) isLocal?: boolean | null;
  @Field(() => Boolean, { nullable: true }) elderlyLivingAlone?: boolean | null;
  @Field(() => String, { nullable: true }) specialGroup?: string | null;
}

@InputType()
export class UpdateResidentInput {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Move to another household of the same compound.' }) householdId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) isLocal?: boolean | null;
  @Field(() => Boolean, { nullable: true }) elderlyLivingAlone?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it.' }) specialGroup?: string | null;
}
