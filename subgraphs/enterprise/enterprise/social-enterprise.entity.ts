import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn } from '../../../shared/db/columns';

/** A community social enterprise (社区社会企业). */
@ObjectType({ description: 'A community social enterprise (社区社会企业).' })
@Entity('social_enterprise')
export class SocialEnterprise extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
