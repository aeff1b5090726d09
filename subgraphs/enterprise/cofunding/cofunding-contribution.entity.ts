import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';
import { CofundingSource } from './cofunding.enums';

@ObjectType({ description: 'One contribution to setting up an outlet ("四个一点").' })
@Entity('cofunding_contribution')
export class CofundingContribution extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('enterprise_id')
  enterpriseId: string;

  @Field(() => CofundingSource)
  @Column({ type: 'text' })
  source: CofundingSource;

  @FenColumn('amount_fen')
  amountFen: bigint;

  @UuidColumn('property_company_id', { nullable: true })
  propertyCompanyId: string | null;

  @UuidColumn('committee_id', { nullable: true })
  committeeId: string | null;

  @UuidColumn('fund_entry_id', { nullable: true })
  fundEntryId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'merchant_name', type: 'text', nullable: true })
  merchantName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.amountFen);
  }

  @Field(() => Date)
  get recordedAt(): Date {
    return this.createdAt;
  }
}
