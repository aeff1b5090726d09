import { registerEnumType } from 'type-graphql';

export enum WishStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
}
registerEnumType(WishStatus, { name: 'WishStatus' });
