import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/** A member of a property company's staff: who a work order can be dispatched to. */
@ObjectType({ description: "A member of a property company's staff (物业人员)." })
@Entity('staff_member')
export class StaffMember extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID)
  @UuidColumn('company_id')
  companyId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'e.g. plumber, electrician, duty manager.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** On the duty-manager rota: told when a work order of the company passes its SLA. */
  @Field(() => Boolean, { description: "On the company's duty-manager rota: told when one of its work orders passes its SLA deadline." })
  @Column({ name: 'duty_manager', type: 'boolean', default: false })
  dutyManager: boolean;

  /** The member's user account (their token's `sub`), unique in the company when set; shown to the company's staff and admins (StaffMemberResolver). */
  @Column({ name: 'account_sub', type: 'text', nullable: true })
  accountSub: string | null;
}
