import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import type { NotifyEventKind as ContractKind } from '../../../shared/notify/notify-event';
import { NotifyEventKind } from '../event/event.enums';
import { WebhookDeliveryState, type WebhookDeliveryStateValue } from './webhook.enums';

@ObjectType({
  description: 'An endpoint an admin registered to receive events, signed as Standard Webhooks does. Its secret is shown only when made.',
})
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => [NotifyEventKind], { description: 'The kinds of event it receives.' })
  eventKinds: ContractKind[];

  @Field(() => [ID], { nullable: true, description: 'The compounds whose events it receives; null: every compound.' })
  compoundIds: string[] | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'False once deactivated: no new deliveries (those already made still run their course).' })
  active: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the secret was last replaced (rotateWebhookSecret).' })
  secretRotatedAt: Date | null;
}

@ObjectType({ description: 'A webhook with its signing secret: the only time the secret is shown.' })
export class WebhookWithSecret {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field(() => String, {
    description:
      'The signing secret, `whsec_` and the base64 of 32 random bytes (Standard Webhooks): keep it in the receiver to verify `webhook-signature`. Never shown again.',
  })
  secret: string;
}

@InputType({ description: 'A webhook to register.' })
export class RegisterWebhookInput {
  @Field(() => String, {
    description: 'Where deliveries are POSTed: http or https (https only in production), no user name or password in it.',
  })
  url: string;

  @Field(() => [NotifyEventKind], { description: 'The kinds of event to receive (at least one).' })
  eventKinds: ContractKind[];

  @Field(() => [ID], { nullable: true, description: 'Only the events of these compounds; null or empty: every compound.' })
  compoundIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What it is for (e.g. "SMS gateway"), up to 500 characters.' })
  description?: string | null;
}

@ObjectType({
  description: 'One event sent (or to be sent) to one webhook: retried with back-off until the receiver answers 2xx, or parked.',
})
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the `webhook-id` header: the same on every attempt, so a receiver can drop a repeat.' })
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => NotifyEventKind)
  kind: ContractKind;

  @Field(() => WebhookDeliveryState)
  state: WebhookDeliveryStateValue;

  @Field(() => Int, { description: 'Attempts made (since the last re-send).' })
  attempts: number;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status at the last attempt; null when it gave none (network error, timeout).",
  })
  lastStatus: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed (a status code or a network error); null once delivered.',
  })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null unless PENDING.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  parkedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: "A webhook's deliveries, newest first." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  webhookId: string;

  @Field(() => WebhookDeliveryState, { nullable: true, description: 'Only deliveries in this state.' })
  state?: WebhookDeliveryStateValue | null;
}
