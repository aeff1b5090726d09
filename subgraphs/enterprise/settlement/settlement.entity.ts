import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { FenColumn, IdColumn, UuidColumn } from '../../../shared/db/columns';
import { Money } from '../../../shared/money/money.type';

/**
 * One outlet's settlement (分成结算) for one month: the proceeds (sales less cost of goods) and
 * their three parts. The committee subgraph extends it with the fund entry its rebate
 * produced. Every GraphQL field but `id` is nullable: committee hands out settlements, and
 * while enterprise is down the rest of such a reference is null, not the object holding it
 * (README, "Schema changes").
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An outlet's settlement (分成结算) for one month (Asia/Shanghai)." })
@Entity('settlement')
export class Settlement extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('agreement_id')
  agreementId: string;

  @UuidColumn('enterprise_id')
  enterpriseId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('property_company_id')
  propertyCompanyId: string;

  @UuidColumn('committee_id')
  committeeId: string;

  @Field(() => String, { nullable: true, description: 'The month settled, YYYY-MM in Asia/Shanghai.' })
  @Column({ type: 'text' })
  period: string;

  @FenColumn('sales_fen')
  salesFen: bigint;

  @FenColumn('cost_of_goods_fen')
  costOfGoodsFen: bigint;

  @FenColumn('proceeds_fen')
  proceedsFen: bigint;

  @Field(() => Int, { nullable: true, description: 'Ratios as applied (copied from the agreement when settled).' })
  @Column({ name: 'enterprise_bp', type: 'int' })
  enterpriseBp: number;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'property_bp', type: 'int' })
  propertyBp: number;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'rebate_bp', type: 'int' })
  rebateBpOfProperty: number;

  @FenColumn('enterprise_fen')
  enterpriseFen: bigint;

  @FenColumn('property_kept_fen')
  propertyKeptFen: bigint;

  @FenColumn('committee_rebate_fen')
  committeeRebateFen: bigint;

  @Field(() => String, { nullable: true, description: 'Why nothing was split (no proceeds or a loss), when so.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Date, { nullable: true, description: 'When it was settled (server clock).' })
  get settledAt(): Date {
    return this.createdAt;
  }

  @Field(() => Money, { nullable: true })
  get sales(): Money {
    return Money.of(this.salesFen);
  }

  @Field(() => Money, { nullable: true })
  get costOfGoods(): Money {
    return Money.of(this.costOfGoodsFen);
  }

  @Field(() => Money, { nullable: true, description: 'Sales less cost of goods; may be negative (then nothing is split).' })
  get proceeds(): Money {
    return Money.of(this.proceedsFen);
  }

  @Field(() => Money, { nullable: true, description: "The enterprise's part." })
  get enterpriseShare(): Money {
    return Money.of(this.enterpriseFen);
  }

  @Field(() => Money, { nullable: true, description: 'What the property company keeps of its share.' })
  get propertyKept(): Money {
    return Money.of(this.propertyKeptFen);
  }

  @Field(() => Money, { nullable: true, description: "What goes back to the owners' committee's public-affairs fund." })
  get committeeRebate(): Money {
    return Money.of(this.committeeRebateFen);
  }
}
