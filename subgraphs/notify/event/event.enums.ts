import { registerEnumType } from 'type-graphql';
import { asEnum } from '../../../shared/schema/as-enum';
import { AUDIENCE_KINDS, NOTIFY_EVENT_KINDS, type NotifyRecordType as ContractRecordType } from '../../../shared/notify/notify-event';

/** The contract's event kinds (shared/notify/notify-event.ts), as a GraphQL enum. */
export const NotifyEventKind = asEnum(NOTIFY_EVENT_KINDS);
registerEnumType(NotifyEventKind, {
  name: 'NotifyEventKind',
  description: 'What happened: a report filed, escalated or answered; a work order dispatched, resolved, closed, reopened or past its SLA.',
});

/** The contract's audience kinds: who an event is for, by role and scope. */
export const NotifyAudienceKind = asEnum(AUDIENCE_KINDS);
registerEnumType(NotifyAudienceKind, {
  name: 'NotifyAudienceKind',
  description: "Who an event is for, by role and scope (the scope's id beside it): never a list of people.",
});

/** The record types an event may be about (the graph's type names). */
export const NOTIFY_RECORD_TYPES: readonly ContractRecordType[] = ['IssueReport', 'WorkOrder'];
export const NotifyRecordType = asEnum(NOTIFY_RECORD_TYPES);
registerEnumType(NotifyRecordType, { name: 'NotifyRecordType', description: 'The type in the graph of the record an event is about.' });
