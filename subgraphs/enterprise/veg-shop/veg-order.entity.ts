import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';
import { VegOrderChannel, VegOrderStatus } from './veg-shop.enums';

@ObjectType({ description: "A veg shop order, priced at the day's prices; cancellable until picked up." })
@Entity('veg_order')
export class VegOrder extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('resident_id', { nullable: true })
  residentId: string | null;

  @Field(() => VegOrderChannel)
  @Column({ type: 'text' })
  channel: VegOrderChannel;

  @Field(() => VegOrderStatus)
  @Column({ type: 'text' })
  status: VegOrderStatus;

  @Field(() => String, { description: 'The day whose prices apply (Asia/Shanghai).' })
  @Column({ name: 'price_date', type: 'date' })
  priceDate: string;

  @FenColumn('total_fen')
  totalFen: bigint;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'picked_up_at', type: 'timestamptz', nullable: true })
  pickedUpAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Money)
  get total(): Money {
    return Money.of(this.totalFen);
  }

  @Field(() => Date)
  get placedAt(): Date {
    return this.createdAt;
  }
}
