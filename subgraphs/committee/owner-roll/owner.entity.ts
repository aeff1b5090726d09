import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/**
 * One voter of the owner roll (业主): a person holding one or more exclusive units, or
 * the developer holding all its unsold units. One owner is one head.
 */
@ObjectType({ description: 'An owner (业主) on the roll: one head, with all the exclusive area they hold.' })
@Entity('owner')
export class Owner extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  /** Personal data: resolved through OwnerResolver.name, null for those who may not see it. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @UuidColumn('resident_id', { nullable: true })
  residentId: string | null;

  @Field(() => Boolean, { description: "The developer's unsold units, which together count as one owner." })
  @Column({ name: 'is_developer', type: 'boolean', default: false })
  isDeveloper: boolean;
}
