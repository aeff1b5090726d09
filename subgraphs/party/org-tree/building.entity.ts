import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/**
 * A building (楼栋) of a compound. Every GraphQL field but `id` is nullable: property hands
 * out buildings, and while party is down the rest of such a reference is null, not the
 * object holding it (README, "Schema changes").
 */
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

  @Field(() => Int, { nullable: true, description: 'The building number within its compound (3 for 3号楼).' })
  @Column({ type: 'int' })
  number: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  name: string;
}
