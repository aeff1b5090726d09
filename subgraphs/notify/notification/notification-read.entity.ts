import { Column, Entity } from 'typeorm';

/** That a reader (token `sub`) has read an event: written once, never changed. */
@Entity('notification_read')
export class NotificationRead {
  @Column({ type: 'text', primary: true })
  sub: string;

  @Column({ name: 'event_id', type: 'uuid', primary: true })
  eventId: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
