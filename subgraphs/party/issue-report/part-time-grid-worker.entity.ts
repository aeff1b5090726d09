import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Audited } from '../../../shared/audit/audited';
import { PartTimeOccupation } from './issue-report.enums';

/** A part-time grid worker (兼职网格员): a courier or rider who files reports in a compound. */
@ObjectType({ description: 'A part-time grid worker (兼职网格员): a courier or delivery rider who reports issues.' })
@Entity('part_time_grid_worker')
export class PartTimeGridWorker extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID)
  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String, { description: 'The user id (token subject) they sign in with.' })
  @Column({ name: 'user_id', type: 'text' })
  userId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => PartTimeOccupation)
  @Column({ type: 'text' })
  occupation: PartTimeOccupation;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
