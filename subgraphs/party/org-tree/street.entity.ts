import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/** A street office (街道): the top of the org tree. */
@ObjectType({ description: 'A street office (街道): the top of the org tree.' })
@Entity('street')
export class Street extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  city: string;
}
