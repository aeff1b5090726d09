import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { Money } from '../../../shared/money/money.type';
import { bigintColumn } from '../../../shared/db/bigint-column';

/**
 * One outlet's settlement (分成结算) for one month: the proceeds (sales less cost of goods)
 * and their three parts. The committee subgraph extends it with the fund entry its
 * rebate produced.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An outlet's settlement (分成结算) for one month (Asia/Shanghai)." })
@Entity('settlement')
export class Settlement extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'property_company_id', type: 'uuid' })
  propertyCompanyId: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @Field(() => String, { description: 'The month settled, YYYY-MM in Asia/Shanghai.' })
  @Column({ type: 'text' })
  period: string;

  @Column({ name: 'sales_fen', type: 'bigint', transformer: bigintColumn })
  salesFen: bigint;

  @Column({ name: 'cost_of_goods_fen', type: 'bigint', transformer: bigintColumn })
  costOfGoodsFen: bigint;

  @Column({ name: 'proceeds_fen', type: 'bigint', transformer: bigintColumn })
  proceedsFen: bigint;

  @Field(() => Int, { description: 'Ratios as applied (copied from the agreement when settled).' })
  @Column({ name: 'enterprise_bp', type: 'int' })
  enterpriseBp: number;

  @Field(() => Int)
  @Column({ name: 'property_bp', type: 'int' })
  propertyBp: number;

  @Field(() => Int)
  @Column({ name: 'rebate_bp', type: 'int' })
  rebateBpOfProperty: number;

  @Column({ name: 'enterprise_fen', type: 'bigint', transformer: bigintColumn })
  enterpriseFen: bigint;

  @Column({ name: 'property_kept_fen', type: 'bigint', transformer: bigintColumn })
  propertyKeptFen: bigint;

  @Column({ name: 'committee_rebate_fen', type: 'bigint', transformer: bigintColumn })
  committeeRebateFen: bigint;

  @Field(() => String, { nullable: true, description: 'Why nothing was split (no proceeds or a loss), when so.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Date, { description: 'When it was settled (server clock).' })
  get settledAt(): Date {
    return this.createdAt;
  }

  @Field(() => Money)
  get sales(): Money {
    return Money.of(this.salesFen);
  }

  @Field(() => Money)
  get costOfGoods(): Money {
    return Money.of(this.costOfGoodsFen);
  }

  @Field(() => Money, { description: 'Sales less cost of goods; may be negative (then nothing is split).' })
  get proceeds(): Money {
    return Money.of(this.proceedsFen);
  }

  @Field(() => Money, { description: "The enterprise's part." })
  get enterpriseShare(): Money {
    return Money.of(this.enterpriseFen);
  }

  @Field(() => Money, { description: 'What the property company keeps of its share.' })
  get propertyKept(): Money {
    return Money.of(this.propertyKeptFen);
  }

  @Field(() => Money, { description: "What goes back to the owners' committee's public-affairs fund." })
  get committeeRebate(): Money {
    return Money.of(this.committeeRebateFen);
  }
}
