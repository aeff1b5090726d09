import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

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
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => GovernanceDocumentKind)
  @Column({ type: 'text' })
  kind: GovernanceDocumentKind;
}

@ObjectType({ description: 'One version of a convention or charter, adopted by a passed joint vote.' })
@Entity('governance_document_version')
export class GovernanceDocumentVersion extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD, Asia/Shanghai).' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ name: 'adopted_by_vote_id', type: 'uuid' })
  adoptedByVoteId: string;
}

@InputType({ description: 'A new version of the convention or charter, as adopted by a passed vote.' })
export class AdoptDocumentVersionInput {
  @Field(() => ID)
  compoundId: string;

  @Field(() => GovernanceDocumentKind)
  kind: GovernanceDocumentKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  effectiveOn: string;

  @Field(() => ID, { description: 'The closed, passed vote (MEETING_RULES, MANAGEMENT_STATUTE or OTHER_MAJOR_MATTER) that adopted it.' })
  voteId: string;
}
