import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/** A community (社区) under a street office; its compounds are the grids. */
@ObjectType({ description: 'A community (社区) under a street office; its compounds are the grids.' })
@Entity('community')
export class Community extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('street_id')
  streetId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
