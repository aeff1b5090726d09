import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn } from '../../../shared/db/columns';

/** A named common area of a compound (east gate, underground garage, ...), keyed within it. */
@ObjectType({ description: 'A named common area of a compound (公共区域), keyed within it (east-gate, underground-garage, ...).' })
@Entity('common_area')
export class CommonArea extends Audited {
  @Field(() => ID)
  @IdColumn('compound_id')
  compoundId: string;

  @Field(() => String, { description: 'The key contracts and work orders use, e.g. east-gate.' })
  @PrimaryColumn({ name: 'area_key', type: 'text' })
  key: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
