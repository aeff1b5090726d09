import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

/**
 * A resident (居民). Name, birth date and phone are personal data: the GraphQL fields are
 * resolved by ResidentResolver, which returns null to viewers who may not see them. Every
 * GraphQL field but `id` is nullable: enterprise hands out residents, and while party is
 * down the rest of such a reference is null, not the object holding it (README, "Schema
 * changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A resident (居民) of a household.' })
@Entity('resident')
export class Resident extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { nullable: true })
  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('household_id')
  householdId: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false for non-local residents (e.g. resettled); all are served alike.' })
  @Column({ name: 'is_local', type: 'boolean', default: true })
  isLocal: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Elderly person living alone (独居老人).' })
  @Column({ name: 'elderly_living_alone', type: 'boolean', default: false })
  elderlyLivingAlone: boolean;

  @Field(() => String, { nullable: true, description: 'Special group (特殊群体) the resident belongs to, if any.' })
  @Column({ name: 'special_group', type: 'text', nullable: true })
  specialGroup: string | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'erased_by', type: 'text', nullable: true })
  erasedBy: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The person asked to be erased: personal fields are gone, the record stays.' })
  get erased(): boolean {
    return this.erasedAt !== null && this.erasedAt !== undefined;
  }
}
