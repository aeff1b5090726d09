import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { GridHandbackEnum } from './intake.enums';
import type { GridHandback } from './intake.enums';

/** What a resident brought to the station after hours, recorded by the property staff on duty. */
@ObjectType({
  description: 'After-hours intake (接件登记) at a service station, recorded by the property staff on duty; each becomes a work order.',
})
@Entity('after_hours_intake')
export class AfterHoursIntake extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID)
  @UuidColumn('station_id')
  stationId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('company_id')
  companyId: string;

  @Field(() => Date)
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'caller_name', type: 'text', nullable: true })
  callerName: string | null;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @UuidColumn('work_order_id')
  workOrderId: string;

  @Field(() => GridHandbackEnum)
  @Column({ name: 'grid_handback', type: 'text', default: 'NOT_REQUESTED' })
  gridHandback: GridHandback;

  @Field(() => String, { nullable: true })
  @Column({ name: 'grid_handback_error', type: 'text', nullable: true })
  gridHandbackError: string | null;

  @Field(() => ID, { nullable: true, description: 'The party issue report opened from it, once handed back.' })
  @UuidColumn('grid_report_id', { nullable: true })
  gridReportId: string | null;
}
