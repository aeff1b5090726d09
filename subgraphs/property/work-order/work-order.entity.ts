import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { PriorityEnum, WorkOrderCategoryEnum, WorkOrderKindEnum, WorkOrderStatusEnum } from './work-order.enums';
import type { Priority, WorkOrderCategory, WorkOrderKind, WorkOrderStatus } from './work-order-flow';

/** A repair request, routed to the company responsible for its location (工单). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A repair request (工单), routed at creation to the company responsible for its location.' })
@Entity('work_order')
export class WorkOrder extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('company_id')
  companyId: string;

  @UuidColumn('contract_id')
  contractId: string;

  @Field(() => WorkOrderKindEnum)
  @Column({ type: 'text' })
  kind: WorkOrderKind;

  @UuidColumn('building_id', { nullable: true })
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
  @UuidColumn('resident_id', { nullable: true })
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

  @UuidColumn('assignee_id', { nullable: true })
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

  /** Party's issue report this order came from (the grid's hand-over). */
  @Field(() => ID, { nullable: true, description: 'The party issue report this order came from, if any.' })
  @UuidColumn('source_report_id', { nullable: true })
  sourceReportId: string | null;

  @UuidColumn('intake_id', { nullable: true })
  intakeId: string | null;
}
