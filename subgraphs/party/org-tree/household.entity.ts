import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** A household (户): one dwelling of a building, the address residents live at. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A household (户): one dwelling of a building.' })
@Entity('household')
export class Household extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => ID, { description: 'The compound the household is in (also reachable as `compound`).' })
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'building_id', type: 'uuid' })
  buildingId: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Field(() => String, { description: 'The door number, e.g. 501.' })
  @Column({ name: 'door_number', type: 'text' })
  doorNumber: string;

  @Field(() => String, { description: 'building-unit-door, e.g. 3-2-501; unique within the building.' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => Boolean, { description: 'Registered with this community (false: resettled from elsewhere; served alike).' })
  @Column({ name: 'is_local', type: 'boolean', default: true })
  isLocal: boolean;
}
