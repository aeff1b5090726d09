import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  AudienceKind,
  NotifyEventKind as ContractKind,
  NotifyRecordType as ContractRecordType,
} from '../../../shared/notify/notify-event';
import { NotifyAudienceKind, NotifyEventKind, NotifyRecordType } from './event.enums';

@Directive('@inaccessible')
@InputType({ description: 'Who an event is for: a role and its scope (a compound, community, company or resident id).' })
export class NotifyAudienceInput {
  @Field(() => NotifyAudienceKind)
  kind: AudienceKind;

  @Field(() => ID)
  scopeId: string;
}

/** What a sender hands over (shared/notify/notify-event.ts, `notifyEventPayload`). */
@Directive('@inaccessible')
@InputType({ description: 'Internal: an event a stakeholder hands over to notify (topic notify.event).' })
export class NotifyEventInput {
  @Field(() => ID, { description: "The sender's stable event id: notify records each once." })
  eventId: string;

  @Field(() => NotifyEventKind)
  kind: ContractKind;

  @Field(() => NotifyRecordType)
  recordType: ContractRecordType;

  @Field(() => ID)
  recordId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => [NotifyAudienceInput])
  audience: NotifyAudienceInput[];

  @Field(() => Boolean, { description: 'True when the event speaks of one person: analysts never see it.' })
  personal: boolean;

  @Field(() => String)
  textZh: string;

  @Field(() => String)
  textEn: string;

  @Field(() => Int, { nullable: true, description: 'The escalation level of REPORT_ESCALATED; otherwise null.' })
  level: number | null;

  @Field(() => Date, { description: "When it happened, by the sender's clock." })
  occurredAt: Date;
}

@Directive('@inaccessible')
@ObjectType({ description: 'Internal: an event as notify recorded it: its id and its place in the stream.' })
export class NotifyEventReceipt {
  @Field(() => ID)
  eventId: string;

  @Field(() => ID, { description: "The event's place in the stream (increasing; the SSE event id)." })
  sequence: string;
}

@Directive('@inaccessible')
@ObjectType({
  description:
    'Internal: what became of one event of a batch: recorded (its sequence), or refused (the code and message a single call would have had).',
})
export class NotifyEventOutcome {
  @Field(() => ID, { nullable: true, description: 'The event id as sent (null when it was not even an id).' })
  eventId: string | null;

  @Field(() => ID, { nullable: true, description: "The event's place in the stream, when recorded." })
  sequence: string | null;

  @Field(() => String, { nullable: true, description: 'The refusal code (BAD_USER_INPUT, CONFLICT...), when refused.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}
