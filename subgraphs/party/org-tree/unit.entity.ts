import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/** A unit (单元, one stairwell) of a building. */
@ObjectType({ description: 'A unit (单元, one stairwell) of a building.' })
@Entity('unit')
export class Unit extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('building_id')
  buildingId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
