import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import {
  deactivateWebhook,
  listWebhooks,
  registerWebhook,
  resendWebhookDelivery,
  rotateWebhookSecret,
  webhookDeliveries,
} from './webhook.service';
import {
  RegisterWebhookInput,
  Webhook,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookWithSecret,
} from './webhook.types';

/** Outbound webhooks: admins only (a webhook's URL is an integration's address, and its deliveries name residents). */
@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized('admin')
  @Mutation(() => WebhookWithSecret, {
    description:
      'Admin: registers a webhook that will be POSTed the events of these kinds (and compounds), signed as Standard Webhooks does. The answer shows the signing secret, once.',
  })
  registerWebhook(
    @Arg('input', () => RegisterWebhookInput) input: RegisterWebhookInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookWithSecret> {
    return registerWebhook(ctx, input);
  }

  @Authorized('admin')
  @Query(() => [Webhook], { description: 'Admin: every webhook, newest first (secrets are never shown again).' })
  webhooks(@Ctx() ctx: RequestContext): Promise<Webhook[]> {
    return listWebhooks(ctx);
  }

  @Authorized('admin')
  @Mutation(() => Webhook, { description: 'Admin: no new deliveries to this webhook (those already made run their course).' })
  deactivateWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Webhook> {
    return deactivateWebhook(ctx, id);
  }

  @Authorized('admin')
  @Mutation(() => WebhookWithSecret, {
    description: 'Admin: a new signing secret for this webhook, used from the next attempt on; shown once.',
  })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookWithSecret> {
    return rotateWebhookSecret(ctx, id);
  }

  @Authorized('admin')
  @Query(() => WebhookDeliveryConnection, {
    description: "Admin: a webhook's deliveries, newest first, with their attempts and last error.",
  })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDeliveryConnection> {
    return webhookDeliveries(ctx, args);
  }

  @Authorized('admin')
  @Mutation(() => WebhookDelivery, {
    description:
      'Admin: sends a PARKED or DELIVERED delivery again (PENDING, due now, attempts from 0, the same webhook-id). A PENDING one: CONFLICT.',
  })
  resendWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookDelivery> {
    return resendWebhookDelivery(ctx, id);
  }
}
