import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';

@ObjectType({ description: 'An entry of the projects list (项目清单): matches needs to resources.' })
@Entity('project')
export class Project extends Audited {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}
