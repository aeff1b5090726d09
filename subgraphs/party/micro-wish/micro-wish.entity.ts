import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, SeqColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { WishStatus } from './micro-wish.enums';

@ObjectType({ description: 'A micro-wish (微心愿) a resident posts and a member or volunteer claims and fulfils.' })
@Entity('micro_wish')
export class MicroWish extends Audited {
  @Field(() => ID) @IdColumn() id: string;
  @SeqColumn() seq: number;
  @Field(() => ID) @UuidColumn('compound_id') compoundId: string;
  @UuidColumn('resident_id', { nullable: true }) residentId: string | null;
  @Column({ name: 'posted_by', type: 'text' }) postedBy: string;
  @Field(() => String) @Column({ type: 'text' }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => WishStatus) @Column({ type: 'text' }) status: WishStatus;
  @Column({ name: 'claimed_by', type: 'text', nullable: true }) claimedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true }) fulfilledAt: Date | null;
}
