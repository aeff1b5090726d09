import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import {
  PRIORITIES,
  Priority,
  STATUSES,
  WORK_ORDER_CATEGORIES,
  WORK_ORDER_KINDS,
  WorkOrderCategory,
  WorkOrderKind,
  WorkOrderStatus,
} from './work-order.rules';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const WorkOrderKindEnum = asEnum(WORK_ORDER_KINDS);
export const WorkOrderCategoryEnum = asEnum(WORK_ORDER_CATEGORIES);
export const PriorityEnum = asEnum(PRIORITIES);
export const WorkOrderStatusEnum = asEnum(STATUSES);
registerEnumType(WorkOrderKindEnum, {
  name: 'WorkOrderKind',
  description: "HOME_REPAIR: inside a home (居家维修); COMMON_AREA: a building's or the compound's common parts.",
});
registerEnumType(WorkOrderCategoryEnum, { name: 'WorkOrderCategory' });
registerEnumType(PriorityEnum, {
  name: 'WorkOrderPriority',
  description: 'SLA from submission: URGENT 4 h, HIGH 24 h, NORMAL 72 h, LOW 7 days.',
});
registerEnumType(WorkOrderStatusEnum, { name: 'WorkOrderStatus' });

/** A repair request, routed to the company responsible for its location (工单). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A repair request (工单), routed at creation to the company responsible for its location.' })
@Entity('work_order')
export class WorkOrder extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Field(() => WorkOrderKindEnum)
  @Column({ type: 'text' })
  kind: WorkOrderKind;

  @Column({ name: 'building_id', type: 'uuid', nullable: true })
  buildingId: string | null;

  @Field(() => String, { nullable: true, description: 'The common area, when the order is for one.' })
  @Column({ name: 'area_key', type: 'text', nullable: true })
  areaKey: string | null;

  @Field(() => String, { nullable: true, description: 'Where exactly: unit and room, floor, lamp post...' })
  @Column({ name: 'location_detail', type: 'text', nullable: true })
  locationDetail: string | null;

  @Field(() => WorkOrderCategoryEnum)
  @Column({ type: 'text' })
  category: WorkOrderCategory;

  @Field(() => PriorityEnum)
  @Column({ type: 'text' })
  priority: Priority;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  /** The requesting resident (personal: shown to them, their company's staff and admins). */
  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => WorkOrderStatusEnum)
  @Column({ type: 'text' })
  status: WorkOrderStatus;

  @Field(() => Date, { description: 'When the server received it.' })
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => Date, { description: 'Submission plus the SLA of its priority.' })
  @Column({ name: 'sla_deadline', type: 'timestamptz' })
  slaDeadline: Date;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'first_resolved_at', type: 'timestamptz', nullable: true })
  firstResolvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was (last) resolved.' })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed or cancelled.' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The requester's rating, 1 to 5, given on confirmation." })
  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Field(() => Int)
  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount: number;

  /** Party's issue report this order came from (hand-over, wired later). */
  @Field(() => ID, { nullable: true, description: 'The party issue report this order came from, if any.' })
  @Column({ name: 'source_report_id', type: 'uuid', nullable: true })
  sourceReportId: string | null;

  @Column({ name: 'intake_id', type: 'uuid', nullable: true })
  intakeId: string | null;
}

/** One transition, stamped by the server. */
@ObjectType({ description: 'One step of a work order, stamped by the server with who and when.' })
@Entity('work_order_event')
export class WorkOrderEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
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
