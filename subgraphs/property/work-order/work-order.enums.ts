import { registerEnumType } from 'type-graphql';
import { asEnum } from '../../../shared/schema/as-enum';
import { PRIORITIES, STATUSES, WORK_ORDER_CATEGORIES, WORK_ORDER_KINDS } from './work-order-flow';

/** The work order's GraphQL enums; the values and the flow between them are in work-order-flow.ts. */
export const WorkOrderKindEnum = asEnum(WORK_ORDER_KINDS);
export const WorkOrderCategoryEnum = asEnum(WORK_ORDER_CATEGORIES);
export const PriorityEnum = asEnum(PRIORITIES);
export const WorkOrderStatusEnum = asEnum(STATUSES);
registerEnumType(WorkOrderKindEnum, {
  name: 'WorkOrderKind',
  description: "HOME_REPAIR: inside a home (居家维修); COMMON_AREA: a building's or the compound's common parts.",
});
registerEnumType(WorkOrderCategoryEnum, { name: 'WorkOrderCategory' });
registerEnumType(PriorityEnum, {
  name: 'WorkOrderPriority',
  description: 'SLA from submission: URGENT 4 h, HIGH 24 h, NORMAL 72 h, LOW 7 days.',
});
registerEnumType(WorkOrderStatusEnum, { name: 'WorkOrderStatus' });

/** What a work-order list is sorted by (`orderBy`); without it, oldest first. */
export enum WorkOrderOrderField {
  SUBMITTED_AT = 'SUBMITTED_AT',
  SLA_DEADLINE = 'SLA_DEADLINE',
  PRIORITY = 'PRIORITY',
}
registerEnumType(WorkOrderOrderField, {
  name: 'WorkOrderOrderField',
  description:
    'SUBMITTED_AT: when it was filed; SLA_DEADLINE: when its SLA runs out; PRIORITY: most urgent first (ASC), oldest first within a priority.',
});
