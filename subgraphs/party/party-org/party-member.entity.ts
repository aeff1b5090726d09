import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { Membership, PartyPosition } from './party-org.enums';

@ObjectType({ description: 'A Party member who reported in (报到) at the compound, or an officer appointed to it.' })
@Entity('party_member')
export class PartyMember extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('organisation_id')
  organisationId: string;

  @Field(() => ID)
  @UuidColumn('compound_id')
  compoundId: string;

  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Field(() => Membership)
  @Column({ type: 'text' })
  membership: Membership;

  @Field(() => String, { nullable: true, description: 'The organisation holding the membership, when elsewhere.' })
  @Column({ name: 'home_organisation', type: 'text', nullable: true })
  homeOrganisation: string | null;

  @Field(() => PartyPosition)
  @Column({ type: 'text' })
  position: PartyPosition;

  @Field(() => Date, {
    nullable: true,
    description: 'When they reported in at the station (server time); null for appointed officers who have not.',
  })
  @Column({ name: 'reported_in_at', type: 'timestamptz', nullable: true })
  reportedInAt: Date | null;
}
