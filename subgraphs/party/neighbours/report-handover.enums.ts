import { registerEnumType } from 'type-graphql';

export enum HandoverState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(HandoverState, {
  name: 'ReportHandoverStatus',
  description:
    "The report's hand-over to property: waiting to be delivered (retried while property is unreachable), delivered (a work order exists), or refused for good.",
});
