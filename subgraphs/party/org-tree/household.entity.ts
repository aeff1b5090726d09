import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/**
 * A household (户): one dwelling of a building, the address residents live at. Every GraphQL
 * field but `id` is nullable: committee hands out households, and while party is down the
 * rest of such a reference is null, not the object holding it (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A household (户): one dwelling of a building.' })
@Entity('household')
export class Household extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { nullable: true, description: 'The compound the household is in (also reachable as `compound`).' })
  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('building_id')
  buildingId: string;

  @UuidColumn('unit_id', { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'The door number, e.g. 501.' })
  @Column({ name: 'door_number', type: 'text' })
  doorNumber: string;

  @Field(() => String, { nullable: true, description: 'building-unit-door, e.g. 3-2-501; unique within the building.' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => Boolean, { nullable: true, description: 'Registered with this community (false: resettled from elsewhere; served alike).' })
  @Column({ name: 'is_local', type: 'boolean', default: true })
  isLocal: boolean;
}
