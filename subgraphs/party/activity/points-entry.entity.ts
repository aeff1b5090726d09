import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { PointsEntryKind } from './activity.enums';

@ObjectType({ description: 'A line of the points ledger (积分).' })
@Entity('points_entry')
export class PointsEntry {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Column({ name: 'holder_id', type: 'text' }) holderId: string;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @Field(() => Int, { description: 'Positive when earned, negative when redeemed.' }) @Column({ type: 'int' }) delta: number;
  @Field(() => PointsEntryKind) @Column({ type: 'text' }) kind: PointsEntryKind;
  @Field(() => String) @Column({ type: 'text' }) reason: string;
  @Column({ name: 'source_key', type: 'text' }) sourceKey: string;
  @Field(() => Date) @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) by: string;
}
