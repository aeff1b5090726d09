import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../../shared/errors';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { receiveOnce } from '../../../shared/handover/receiver';
import { NOTIFY_EVENT_TOPIC } from '../../../shared/handover/topics';
import { notifyEventPayload } from '../../../shared/notify/notify-event';
import type { RequestContext } from '../../../shared/server/context';
import { recordEvent, type RecordedEvent } from '../event/event.service';
import { NotifyEventInput, NotifyEventOutcome, NotifyEventReceipt } from '../event/event.types';
import { checkNotifyEvent } from '../event/notify-event-check';

/** The most events one call records: a relay's batch is 25. */
export const MAX_EVENTS_PER_CALL = 50;

/**
 * any stakeholder → notify (`notify.event`, recordId = the event id): records the event
 * once per event id. The same id with the same content again answers as the first time
 * and records nothing; with other content it is a CONFLICT.
 */
@Resolver(() => NotifyEventReceipt)
export class NotifyEventReceiver {
  @InternalOperation('party', 'property')
  @Mutation(() => NotifyEventReceipt, {
    description: 'Internal: a stakeholder hands over an event someone must hear of (topic notify.event).',
  })
  recordNotifyEvent(
    @Arg('input', () => NotifyEventInput) @Directive('@inaccessible') input: NotifyEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotifyEventReceipt> {
    return receiveNotifyEvent(ctx, input);
  }

  @InternalOperation('party', 'property')
  @Mutation(() => [NotifyEventOutcome], {
    description: `Internal: several events at once (a relay's batch, at most ${MAX_EVENTS_PER_CALL}), each recorded as recordNotifyEvent records one; one outcome per event, in order, so one refusal refuses only its event.`,
  })
  async recordNotifyEvents(
    @Arg('inputs', () => [NotifyEventInput]) @Directive('@inaccessible') inputs: NotifyEventInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<NotifyEventOutcome[]> {
    if (inputs.length === 0 || inputs.length > MAX_EVENTS_PER_CALL)
      throw badInput(`inputs must hold 1 to ${MAX_EVENTS_PER_CALL} events`, { field: 'inputs' });
    const outcomes: NotifyEventOutcome[] = [];
    for (const input of inputs) {
      try {
        const recorded = await receiveNotifyEvent(ctx, input);
        outcomes.push({ eventId: recorded.eventId, sequence: recorded.sequence, code: null, message: null });
      } catch (error) {
        if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
        const eventId = typeof input.eventId === 'string' && input.eventId.length <= 64 ? input.eventId : null;
        outcomes.push({ eventId, sequence: null, code: error.extensions.code, message: error.message });
      }
    }
    return outcomes;
  }
}

/** The receiver: checks every field, then records the event once per event id. */
export async function receiveNotifyEvent(ctx: RequestContext, input: NotifyEventInput): Promise<RecordedEvent> {
  const viewer = requireViewer(ctx);
  const event = checkNotifyEvent(input);
  const now = ctx.clock.now();
  return receiveOnce(
    ctx.dataSource,
    { topic: NOTIFY_EVENT_TOPIC, recordId: event.eventId, payload: notifyEventPayload(event), receivedBy: viewer.actor, at: now },
    (m) => recordEvent(m, event, viewer.service ?? viewer.actor, now),
  );
}
