import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';

/** A company's service contract with a compound for a period. */
@ObjectType({ description: "A property company's service contract with a compound." })
@Entity('service_contract')
export class ServiceContract extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when null.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;
}
