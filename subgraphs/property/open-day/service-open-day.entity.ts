import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { OpenDayStatusEnum } from './open-day.enums';
import type { OpenDayStatus } from './open-day.enums';

/** A property service open day (物业服务公开日): the company shows residents its service standards and fees. */
@ObjectType({ description: 'A property service open day (物业服务公开日) with its published service standards and fees.' })
@Entity('service_open_day')
export class ServiceOpenDay extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('company_id')
  companyId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String, { description: 'The day (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  day: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Field(() => OpenDayStatusEnum)
  @Column({ type: 'text' })
  status: OpenDayStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'text', nullable: true })
  publishedBy: string | null;
}
