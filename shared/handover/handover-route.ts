import type { EntityManager } from 'typeorm';
import type { InternalClient } from './internal-client';
import type { OutboxMessage } from './outbox-message.entity';

/** How the relay (relay.ts) delivers one topic's messages: each sender's `neighbours/<topic>.outgoing.ts` gives one. */
export interface HandoverRoute {
  /** Calls the receiver's internal mutation; returns what to keep as the result. */
  deliver(client: InternalClient, message: OutboxMessage): Promise<Record<string, unknown>>;
  /** Optional: update the sender's own record in the same transaction as the status. */
  onDelivered?(manager: EntityManager, message: OutboxMessage, result: Record<string, unknown>): Promise<void>;
  onFailed?(manager: EntityManager, message: OutboxMessage, reason: string): Promise<void>;
  /**
   * True when its messages are independent facts whose order does not matter (events to
   * notify): the relay may deliver several at once. Other topics go one at a time, in order.
   */
  concurrent?: boolean;
  /**
   * For a concurrent route: delivers several messages in one call, one outcome per
   * message in their order (a refusal of one is not a refusal of the others). A call that
   * fails as a whole for good is tried again message by message with `deliver`.
   */
  deliverBatch?(client: InternalClient, messages: OutboxMessage[]): Promise<BatchOutcome[]>;
}

/** What became of one message of a batch: the result to keep, or why it was not delivered. */
export type BatchOutcome = { result: Record<string, unknown> } | { error: unknown };
