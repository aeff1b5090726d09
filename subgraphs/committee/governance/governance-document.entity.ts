import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

export enum GovernanceDocumentKind {
  /** 居民公约 */
  CONVENTION = 'CONVENTION',
  /** 自治章程 */
  CHARTER = 'CHARTER',
}
registerEnumType(GovernanceDocumentKind, {
  name: 'GovernanceDocumentKind',
  description: "The residents' convention (居民公约) or the self-governance charter (自治章程).",
});

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
