import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'A product of the veg shop (便民蔬菜店), sold by a unit (jin, bunch, piece...).' })
@Entity('veg_product')
export class VegProduct extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'The unit quantities and prices refer to, e.g. 斤 (500 g).' })
  @Column({ type: 'text' })
  unit: string;
}
