import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One zone (a building or a common area) a contract covers, over the contract's period. */
@Entity('contract_zone')
export class ContractZone {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @PrimaryColumn({ name: 'zone_key', type: 'text' })
  zoneKey: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'building_id', type: 'uuid', nullable: true })
  buildingId: string | null;

  @Column({ name: 'area_key', type: 'text', nullable: true })
  areaKey: string | null;

  /** `[startsOn, endsOn]` as PostgreSQL prints a daterange; written by SQL only. */
  @Column({ type: 'daterange', insert: false, update: false })
  period: string;
}

export const buildingZone = (buildingId: string) => `building:${buildingId}`;
export const areaZone = (areaKey: string) => `area:${areaKey}`;
