import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { InternalOperation } from '../../../shared/auth/internal-operation';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { receiveOnce } from '../../../shared/handover/receiver';
import { NOTIFY_EVENT_TOPIC } from '../../../shared/handover/topics';
import { notifyEventPayload } from '../../../shared/notify/notify-event';
import type { RequestContext } from '../../../shared/server/context';
import { recordEvent, type RecordedEvent } from '../event/event.service';
import { NotifyEventInput, NotifyEventReceipt } from '../event/event.types';
import { checkNotifyEvent } from '../event/notify-event-check';

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
