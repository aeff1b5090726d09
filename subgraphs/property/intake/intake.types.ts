import { Length } from '../../../shared/schema/class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RepairPlaceInput } from '../work-order/work-order.types';

@InputType({ description: 'What a resident brought to the station after hours, and where the problem is.' })
export class RecordAfterHoursIntakeInput extends RepairPlaceInput {
  @Field(() => ID)
  stationId: string;

  @Length(1, 2000)
  @Field(() => String)
  text: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  callerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese mobile (1[3-9] + 9 digits) or landline with area code.' })
  callerPhone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also hand it back to the grid workers as an issue report.' })
  handBackToGrid?: boolean | null;
}
