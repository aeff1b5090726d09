import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IdColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { CalendarDayKind } from './station.enums';

@ObjectType({ description: "An exception to a compound's working week." })
@Entity('compound_calendar_day')
export class CompoundCalendarDay extends Audited {
  @Field(() => ID)
  @IdColumn('compound_id')
  compoundId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => CalendarDayKind)
  @Column({ type: 'text' })
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
