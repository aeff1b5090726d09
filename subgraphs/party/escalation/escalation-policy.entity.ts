import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn } from '../../../shared/db/columns';
import type { EscalationLevel } from './escalation-policy';

/** A compound's own escalation policy; a compound without a row escalates by the defaults. */
@Entity('compound_escalation_policy')
export class CompoundEscalationPolicy extends Audited {
  @IdColumn('compound_id')
  compoundId: string;

  @Column({ type: 'jsonb' })
  levels: EscalationLevel[];
}
