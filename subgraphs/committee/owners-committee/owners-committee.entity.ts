import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/**
 * The owners' committee (业主委员会, 业委会) of one compound. Every GraphQL field but `id` is
 * nullable: enterprise hands out committees, and while committee is down the rest of such a
 * reference is null, not the object holding it (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "The owners' committee (业委会) of a compound." })
@Entity('owners_committee')
export class OwnersCommittee extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** One committee per compound: the migration makes it UNIQUE. */
  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'First day of the current term (YYYY-MM-DD).' })
  @Column({ name: 'term_starts_on', type: 'date', nullable: true })
  termStartsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the current term (YYYY-MM-DD).' })
  @Column({ name: 'term_ends_on', type: 'date', nullable: true })
  termEndsOn: string | null;
}
