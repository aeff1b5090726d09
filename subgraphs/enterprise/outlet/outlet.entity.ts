import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { OutletKind } from './outlet.enums';

/** A social enterprise's outlet in a compound: veg shop, canteen or service market. */
@ObjectType({ description: "A social enterprise's outlet in a compound." })
@Entity('outlet')
export class Outlet extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('enterprise_id')
  enterpriseId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => OutletKind)
  @Column({ type: 'text' })
  kind: OutletKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;
}
