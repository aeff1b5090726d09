import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UuidColumn } from '../../../shared/db/columns';
import { WorkOrderStatusEnum } from './work-order.enums';
import type { WorkOrderStatus } from './work-order-flow';

/** One transition, stamped by the server. */
@ObjectType({ description: 'One step of a work order, stamped by the server with who and when.' })
@Entity('work_order_event')
export class WorkOrderEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @UuidColumn('work_order_id')
  workOrderId: string;

  @Field(() => WorkOrderStatusEnum, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: WorkOrderStatus | null;

  @Field(() => WorkOrderStatusEnum)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: WorkOrderStatus;

  @Field(() => String, { description: 'SUBMIT, ACCEPT, DISPATCH, START, RESOLVE, CONFIRM, REOPEN or CANCEL.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { description: 'Who did it (the token subject).' })
  @Column({ type: 'text' })
  actor: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
