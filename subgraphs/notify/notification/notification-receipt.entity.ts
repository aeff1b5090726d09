import { Column, Entity } from 'typeorm';

/** How an event first reached an addressee: listed in `myNotifications`, or pushed on the stream. */
export type DeliveryChannel = 'LIST' | 'STREAM';

/**
 * The first time an event reached one addressee (token `sub`): what the admin figures
 * call delivered. Written when an event is listed to its addressee, and by the push
 * stream when it sends one; later deliveries to the same addressee change nothing.
 */
@Entity('notification_receipt')
export class NotificationReceipt {
  @Column({ name: 'event_id', type: 'uuid', primary: true })
  eventId: string;

  @Column({ type: 'text', primary: true })
  sub: string;

  @Column({ name: 'first_delivered_at', type: 'timestamptz' })
  firstDeliveredAt: Date;

  @Column({ type: 'text' })
  channel: DeliveryChannel;
}
