import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';

/** One published standard: what the company does, how well, and what it costs. */
@ObjectType({ description: 'A service standard shown on an open day: the item, the promised standard and the fee, if any.' })
@Entity('service_standard')
export class ServiceStandard extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('open_day_id')
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

  /** Integer fen; null when the item is covered by the property fee. */
  @FenColumn('fee_fen', { nullable: true })
  feeFen: bigint | null;

  @Field(() => String, { nullable: true, description: 'What the fee is per, e.g. "per visit", "per m² per month".' })
  @Column({ name: 'fee_unit', type: 'text', nullable: true })
  feeUnit: string | null;
}
