import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { ResourceKind } from './lists.enums';

@ObjectType({ description: 'An entry of the resources list (资源清单): departments, merchants, clinics, lawyers...' })
@Entity('resource')
export class Resource extends Audited {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @Field(() => ResourceKind) @Column({ type: 'text' }) kind: ResourceKind;
  @Field(() => String) @Column({ type: 'text' }) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) contact: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}
