import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

export enum OutletKind {
  /** 24-hour veg shop (便民蔬菜店). */
  VEG_SHOP = 'VEG_SHOP',
  /** Community canteen (爱有味 食堂). */
  CANTEEN = 'CANTEEN',
  /** Service market (城南市集). */
  SERVICE_MARKET = 'SERVICE_MARKET',
}

registerEnumType(OutletKind, { name: 'OutletKind', description: "What a social enterprise's outlet does." });

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
