import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** A community (社区) under a street office; its compounds are the grids. */
@ObjectType({ description: 'A community (社区) under a street office; its compounds are the grids.' })
@Entity('community')
export class Community extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'street_id', type: 'uuid' })
  streetId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
