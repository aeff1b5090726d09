import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { GovernanceDocumentKind } from './governance.enums';

@ObjectType({ description: "A compound's residents' convention or self-governance charter, versioned." })
@Entity('governance_document')
export class GovernanceDocument extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => GovernanceDocumentKind)
  @Column({ type: 'text' })
  kind: GovernanceDocumentKind;
}
