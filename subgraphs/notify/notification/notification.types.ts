import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import type { NotifyEventKind as ContractKind, NotifyRecordType as ContractRecordType } from '../../../shared/notify/notify-event';
import { NotifyEventKind, NotifyRecordType } from '../event/event.enums';

@ObjectType({ description: 'An event addressed to the reader, with whether the reader has read it.' })
export class Notification {
  @Field(() => ID, { description: 'The event id (the same in every reader’s list and on the stream).' })
  id: string;

  @Field(() => ID, { description: "The event's place in the stream: a later event has a greater sequence." })
  sequence: string;

  @Field(() => NotifyEventKind)
  kind: ContractKind;

  @Field(() => NotifyRecordType)
  recordType: ContractRecordType;

  @Field(() => ID, { description: 'The record the event is about (an IssueReport or WorkOrder id).' })
  recordId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => Int, { nullable: true, description: 'The escalation level, for REPORT_ESCALATED.' })
  level: number | null;

  @Field(() => String)
  textZh: string;

  @Field(() => String)
  textEn: string;

  @Field(() => Date, { description: "When it happened, by the sender's clock." })
  occurredAt: Date;

  @Field(() => Date, { nullable: true, description: 'When this reader marked it read; null while unread.' })
  readAt: Date | null;
}

@ObjectType({ description: "The reader's notifications, newest first." })
export class NotificationConnection extends Connection(Notification) {
  @Field(() => Int, { description: 'How many of the events addressed to the reader (within the retention) are unread.' })
  unreadCount: number | Promise<number>;
}

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones (default false).' })
  unreadOnly?: boolean | null;
}

@ObjectType({ description: 'What marking read changed.' })
export class NotificationsMarkedRead {
  @Field(() => Int, { description: 'Notifications newly marked read (those already read count 0: marking is idempotent).' })
  markedCount: number;

  @Field(() => Int, { description: 'How many remain unread.' })
  unreadCount: number;
}
