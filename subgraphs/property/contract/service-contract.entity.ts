import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/** A company's service contract with a compound for a period. */
@ObjectType({ description: "A property company's service contract with a compound." })
@Entity('service_contract')
export class ServiceContract extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('company_id')
  companyId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when null.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;
}
