import { Field, Int, ObjectType } from 'type-graphql';
import type { NotifyEventKind as ContractKind } from '../../../shared/notify/notify-event';
import { NotifyEventKind } from '../event/event.enums';
import { WebhookDeliveryState, type WebhookDeliveryStateValue } from '../webhook/webhook.enums';

@ObjectType({ description: 'Events of one kind recorded in the period.' })
export class NotifyEventKindCount {
  @Field(() => NotifyEventKind)
  kind: ContractKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Webhook deliveries in one state.' })
export class WebhookDeliveryStateCount {
  @Field(() => WebhookDeliveryState)
  state: WebhookDeliveryStateValue;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What notify recorded and delivered over a period (events counted by when notify recorded them).' })
export class NotificationStats {
  @Field(() => Date, { description: 'The period’s start, inclusive.' })
  from: Date;

  @Field(() => Date, { description: 'The period’s end, exclusive.' })
  to: Date;

  @Field(() => Int, { description: 'Events recorded in the period (each event id once, however often it was handed over).' })
  recorded: number;

  @Field(() => [NotifyEventKindCount], { description: 'The events recorded in the period, by kind (kinds with none left out).' })
  byKind: NotifyEventKindCount[];

  @Field(() => Int, {
    description:
      'Of those events, the ones that reached at least one addressee: listed to one in `myNotifications` or pushed to one on the stream (a delivery receipt exists).',
  })
  delivered: number;

  @Field(() => Int, {
    description: 'Of those events, the ones that reached no addressee yet and did not fail: recorded − delivered − failed.',
  })
  pending: number;

  @Field(() => Int, {
    description:
      'Of those events, the ones whose push failed for every addressee it was sent to. Reserved for the push stream: 0 until it exists.',
  })
  failed: number;

  @Field(() => [WebhookDeliveryStateCount], {
    description:
      'The webhook deliveries made in the period (one per webhook and event), by their state now: PENDING, DELIVERED, PARKED, each listed (0 when none).',
  })
  webhookDeliveries: WebhookDeliveryStateCount[] | Promise<WebhookDeliveryStateCount[]>;
}
