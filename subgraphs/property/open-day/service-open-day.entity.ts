import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

export const OPEN_DAY_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type OpenDayStatus = (typeof OPEN_DAY_STATUSES)[number];
export const OpenDayStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(OpenDayStatusEnum, { name: 'ServiceOpenDayStatus' });

/** A property service open day (物业服务公开日): the company shows residents its service standards and fees. */
@ObjectType({ description: 'A property service open day (物业服务公开日) with its published service standards and fees.' })
@Entity('service_open_day')
export class ServiceOpenDay extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
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

/** One published standard: what the company does, how well, and what it costs. */
@ObjectType({ description: 'A service standard shown on an open day: the item, the promised standard and the fee, if any.' })
@Entity('service_standard')
export class ServiceStandard extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'open_day_id', type: 'uuid' })
  openDayId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => String, { description: 'e.g. "Corridor cleaning", "Tap washer replacement".' })
  @Column({ type: 'text' })
  item: string;

  @Field(() => String, { description: 'e.g. "Daily, before 09:00", "Within 24 h of the request".' })
  @Column({ type: 'text' })
  standard: string;

  /** Integer fen; bigint comes back from pg as a string. */
  @Column({ name: 'fee_fen', type: 'bigint', nullable: true })
  feeFen: string | null;

  @Field(() => String, { nullable: true, description: 'What the fee is per, e.g. "per visit", "per m² per month".' })
  @Column({ name: 'fee_unit', type: 'text', nullable: true })
  feeUnit: string | null;
}
