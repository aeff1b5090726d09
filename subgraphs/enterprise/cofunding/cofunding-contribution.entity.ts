import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

/** The four sources of set-up co-funding "四个一点". */
export enum CofundingSource {
  ENTERPRISE = 'ENTERPRISE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  /** Owners' crowdfunding, paid out of the committee's public fund: points at that FundEntry. */
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  MERCHANT = 'MERCHANT',
}
registerEnumType(CofundingSource, { name: 'CofundingSource', description: 'Who put money into setting up an outlet ("四个一点").' });

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
