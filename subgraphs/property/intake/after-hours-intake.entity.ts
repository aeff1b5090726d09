import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export const GRID_HANDBACK = ['NOT_REQUESTED', 'PENDING', 'DELIVERED', 'FAILED'] as const;
export type GridHandback = (typeof GRID_HANDBACK)[number];
export const GridHandbackEnum = Object.fromEntries(GRID_HANDBACK.map((v) => [v, v])) as Record<GridHandback, GridHandback>;
registerEnumType(GridHandbackEnum, {
  name: 'GridHandback',
  description: 'Whether the intake is (to be) handed back to the grid workers as an issue report.',
});

/** What a resident brought to the station after hours, recorded by the property staff on duty. */
@ObjectType({
  description: 'After-hours intake (接件登记) at a service station, recorded by the property staff on duty; each becomes a work order.',
})
@Entity('after_hours_intake')
export class AfterHoursIntake extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'station_id', type: 'uuid' })
  stationId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'company_id', type: 'uuid' })
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

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Field(() => GridHandbackEnum)
  @Column({ name: 'grid_handback', type: 'text', default: 'NOT_REQUESTED' })
  gridHandback: GridHandback;

  @Field(() => String, { nullable: true })
  @Column({ name: 'grid_handback_error', type: 'text', nullable: true })
  gridHandbackError: string | null;

  @Field(() => ID, { nullable: true, description: 'The party issue report opened from it, once handed back.' })
  @Column({ name: 'grid_report_id', type: 'uuid', nullable: true })
  gridReportId: string | null;
}
