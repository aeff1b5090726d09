import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** A street office (街道): the top of the org tree. */
@Entity('street')
export class Street extends Audited {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_zh', type: 'text', nullable: true })
  nameZh: string | null;

  @Column({ type: 'text' })
  city: string;
}
