import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { PartyOrganisationKind } from './party-org.enums';

@ObjectType({ description: "A compound's Party organisation." })
@Entity('party_organisation')
export class PartyOrganisation extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID)
  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => PartyOrganisationKind)
  @Column({ type: 'text' })
  kind: PartyOrganisationKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
