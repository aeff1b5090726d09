import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'A product a resident asked the shop to stock.' })
@Entity('veg_product_request')
export class VegProductRequest extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('resident_id', { nullable: true })
  residentId: string | null;

  @Field(() => String)
  @Column({ name: 'product_name', type: 'text' })
  productName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  get requestedAt(): Date {
    return this.createdAt;
  }
}
