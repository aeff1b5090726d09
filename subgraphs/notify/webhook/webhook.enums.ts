import { registerEnumType } from 'type-graphql';
import { asEnum } from '../../../shared/schema/as-enum';

/** Where a delivery stands: waiting for its next attempt, accepted (2xx), or given up on. */
export const WEBHOOK_DELIVERY_STATES = ['PENDING', 'DELIVERED', 'PARKED'] as const;
export type WebhookDeliveryStateValue = (typeof WEBHOOK_DELIVERY_STATES)[number];
export const WebhookDeliveryState = asEnum(WEBHOOK_DELIVERY_STATES);
registerEnumType(WebhookDeliveryState, {
  name: 'WebhookDeliveryState',
  description:
    'PENDING: waiting for its next attempt; DELIVERED: the receiver answered 2xx; PARKED: every attempt failed (the reason in lastError), until an admin re-sends it.',
});
