import { Length } from '../../../shared/schema/class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { DateRange } from '../../../shared/time/date-range';
import { WorkOrder } from './work-order.entity';
import { PriorityEnum, WorkOrderCategoryEnum, WorkOrderKindEnum, WorkOrderOrderField, WorkOrderStatusEnum } from './work-order.enums';
import type { Priority, WorkOrderCategory, WorkOrderKind, WorkOrderStatus } from './work-order-flow';

@ObjectType()
export class WorkOrderConnection extends Connection(WorkOrder) {}

/**
 * Where a repair is and how urgent: what a new work order and an after-hours intake both
 * record; each input inherits its fields.
 */
@InputType()
export abstract class RepairPlaceInput {
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
}

@InputType({ description: 'A new work order. Home repairs name the building of the home; common-area repairs a building or an area.' })
export class CreateWorkOrderInput extends RepairPlaceInput {
  @Field(() => ID)
  compoundId: string;

  @Length(1, 2000)
  @Field(() => String)
  description: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese mobile (1[3-9] + 9 digits) or landline with area code.' })
  contactPhone?: string | null;
}

@InputType()
export class WorkOrderOrder extends OrderInput(WorkOrderOrderField) {}

/** The work-order list's filters (all together: "open orders past SLA for company X") and order. */
@ArgsType()
export class WorkOrderFilterArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => WorkOrderStatusEnum, { nullable: true, deprecationReason: 'Use statuses.' })
  status?: WorkOrderStatus | null;

  @Field(() => [WorkOrderStatusEnum], { nullable: true, description: 'Only orders in one of these statuses.' })
  statuses?: WorkOrderStatus[] | null;

  @Field(() => [PriorityEnum], { nullable: true, description: 'Only orders of one of these priorities.' })
  priorities?: Priority[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only open orders (not yet resolved) past their SLA deadline, by the server clock; false: only the others.',
  })
  overdue?: boolean | null;

  @Field(() => DateRange, { nullable: true, description: 'Only orders submitted on these local days (Asia/Shanghai).' })
  period?: DateRange | null;

  @Field(() => WorkOrderOrder, { nullable: true, description: 'Default: oldest first.' })
  orderBy?: WorkOrderOrder | null;
}
