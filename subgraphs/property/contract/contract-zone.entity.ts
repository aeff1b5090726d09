import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/** One zone (a building or a common area) a contract covers, over the contract's period. */
@Entity('contract_zone')
export class ContractZone {
  @IdColumn('contract_id')
  contractId: string;

  @PrimaryColumn({ name: 'zone_key', type: 'text' })
  zoneKey: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('building_id', { nullable: true })
  buildingId: string | null;

  @Column({ name: 'area_key', type: 'text', nullable: true })
  areaKey: string | null;

  /** `[startsOn, endsOn]` as PostgreSQL prints a daterange; written by SQL only. */
  @Column({ type: 'daterange', insert: false, update: false })
  period: string;
}
