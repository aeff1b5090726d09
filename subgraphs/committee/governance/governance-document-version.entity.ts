import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

@ObjectType({ description: 'One version of a convention or charter, adopted by a passed joint vote.' })
@Entity('governance_document_version')
export class GovernanceDocumentVersion extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('document_id')
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

  @UuidColumn('adopted_by_vote_id')
  adoptedByVoteId: string;
}
