import { Field, InputType, registerEnumType } from 'type-graphql';

/** One direction enum for every list's `orderBy`, identical in every subgraph. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'ASC: earliest, smallest or first in the alphabet first; DESC: the reverse.',
});

/** What a list's `orderBy` argument holds. */
export interface OrderBy<F extends string> {
  field: F;
  direction: OrderDirection;
}

/**
 * The `orderBy` input of one list, `<List>Order { field: <List>OrderField!, direction:
 * OrderDirection! = ASC }`: each list declares `@InputType('WorkOrderOrder') class
 * WorkOrderOrder extends OrderInput(WorkOrderOrderField) {}` and maps every field value
 * to a keyset order in its `defineList`.
 */
export function OrderInput<F extends string>(fieldEnum: Record<string, F>) {
  @InputType()
  abstract class OrderInputType implements OrderBy<F> {
    @Field(() => fieldEnum, { description: 'What the list is sorted by; the id breaks ties, in the same direction.' })
    field: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction: OrderDirection;
  }
  return OrderInputType;
}
