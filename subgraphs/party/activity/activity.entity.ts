import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { ActivityKind } from './activity.enums';

@ObjectType({ description: 'A volunteer or community activity with sign-up and attendance.' })
@Entity('activity')
export class Activity extends Audited {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @Field(() => ActivityKind) @Column({ type: 'text' }) kind: ActivityKind;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => Date) @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Field(() => Date) @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Field(() => Int) @Column({ type: 'int' }) capacity: number;
  @Field(() => Int, { description: 'Points awarded once for attending.' }) @Column({ type: 'int' }) points: number;
}
