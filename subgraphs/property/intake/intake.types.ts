import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PriorityEnum, WorkOrderCategoryEnum, WorkOrderKindEnum } from '../work-order/work-order.enums';
import type { Priority, WorkOrderCategory, WorkOrderKind } from '../work-order/work-order-flow';

@InputType({ description: 'What a resident brought to the station after hours, and where the problem is.' })
export class RecordAfterHoursIntakeInput {
  @Field(() => ID)
  stationId: string;

  @Length(1, 2000)
  @Field(() => String)
  text: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  callerName?: string | null;

  @Length(3, 30)
  @Field(() => String, { nullable: true })
  callerPhone?: string | null;

  @Field(() => WorkOrderKindEnum)
  kind: WorkOrderKind;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true })
  areaKey?: string | null;

  @Length(0, 200)
  @Field(() => String, { nullable: true })
  locationDetail?: string | null;

  @Field(() => WorkOrderCategoryEnum)
  category: WorkOrderCategory;

  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => Boolean, { nullable: true, description: 'Also hand it back to the grid workers as an issue report.' })
  handBackToGrid?: boolean | null;
}
