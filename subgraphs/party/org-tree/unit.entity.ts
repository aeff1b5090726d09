import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** A unit (单元, one stairwell) of a building. */
@ObjectType({ description: 'A unit (单元, one stairwell) of a building.' })
@Entity('unit')
export class Unit extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'building_id', type: 'uuid' })
  buildingId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
