import { Column, Entity } from 'typeorm';
import { SeqColumn } from '../../../shared/db/columns';
import type { AudienceKind, NotifyEventKind, NotifyRecordType } from '../../../shared/notify/notify-event';

/**
 * One event as a sender handed it over, kept once per event id. `audience` holds the
 * contract's audiences as `KIND:scopeId` keys (GIN-indexed), so a reader's events are
 * `audience && <the reader's keys>`; `sequence` is the event's place in the stream.
 */
@Entity('notification_event')
export class NotificationEvent {
  @Column({ name: 'event_id', type: 'uuid', primary: true })
  eventId: string;

  @SeqColumn()
  sequence: number;

  @Column({ type: 'text' })
  kind: NotifyEventKind;

  @Column({ name: 'record_type', type: 'text' })
  recordType: NotifyRecordType;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ type: 'text', array: true })
  audience: string[];

  @Column({ type: 'boolean' })
  personal: boolean;

  @Column({ type: 'int', nullable: true })
  level: number | null;

  @Column({ name: 'text_zh', type: 'text' })
  textZh: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The service that handed the event over (its verified assertion). */
  @Column({ type: 'text' })
  sender: string;
}

/** An audience as the event row stores it: `KIND:scopeId`, the scope id lower-cased. */
export function audienceKey(kind: AudienceKind, scopeId: string): string {
  return `${kind}:${scopeId.toLowerCase()}`;
}
