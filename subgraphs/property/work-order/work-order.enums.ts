import { registerEnumType } from 'type-graphql';
import { PRIORITIES, STATUSES, WORK_ORDER_CATEGORIES, WORK_ORDER_KINDS } from './work-order-flow';

/**
 * The work order's GraphQL enums. They sit apart from work-order.types.ts because the
 * entity's fields use them and the connection type there uses the entity.
 */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

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
