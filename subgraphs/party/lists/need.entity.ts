import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { NeedSource } from './lists.enums';

@ObjectType({ description: 'An entry of the needs list (需求清单).' })
@Entity('need')
export class Need extends Audited {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => NeedSource) @Column({ type: 'text' }) source: NeedSource;
}
