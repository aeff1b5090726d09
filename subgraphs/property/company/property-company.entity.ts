import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn } from '../../../shared/db/columns';

/**
 * A property management company (物业公司). Every GraphQL field but `id` is nullable: enterprise
 * hands out companies, and while property is down the rest of such a reference is null, not
 * the object holding it (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A property management company (物业公司).' })
@Entity('property_company')
export class PropertyCompany extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
