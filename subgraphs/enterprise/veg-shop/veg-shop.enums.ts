import { registerEnumType } from 'type-graphql';

export enum VegOrderChannel {
  COUNTER = 'COUNTER',
  APP = 'APP',
}
registerEnumType(VegOrderChannel, {
  name: 'VegOrderChannel',
  description: 'Where an order came from: the shop counter or the online app.',
});

export enum VegOrderStatus {
  PLACED = 'PLACED',
  PICKED_UP = 'PICKED_UP',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VegOrderStatus, { name: 'VegOrderStatus' });
