import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/** A building (楼栋) of a compound. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A building (楼栋) of a compound.' })
@Entity('building')
@Index('building_compound_number', ['compoundId', 'number'], { unique: true })
export class Building extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => Int, { description: 'The building number within its compound (3 for 3号楼).' })
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
