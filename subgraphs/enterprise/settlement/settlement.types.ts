import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../../shared/money/money.type';
import { Connection, PageArgs } from '../../../shared/pagination/connection';
import { OrderInput } from '../../../shared/pagination/order';
import { DateRange } from '../../../shared/time/date-range';
import { Settlement } from './settlement.entity';
import { RebateStatus, SettlementOrderField } from './settlement.enums';

@ObjectType({ description: "A settlement's rebate to the owners' committee's public-affairs fund, as the hand-over stands." })
export class SettlementRebate {
  @Field(() => RebateStatus)
  status: RebateStatus;

  @Field(() => Money)
  amount: Money;

  @Field(() => ID, { nullable: true, description: "The committee's fund entry, once delivered." })
  fundEntryId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the committee refused it (FAILED), or the last transient error while PENDING.' })
  failureReason: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

@ObjectType()
export class SettlementConnection extends Connection(Settlement) {}

@InputType()
export class SettlementOrder extends OrderInput(SettlementOrderField) {}

@ArgsType()
export class SettlementPageArgs extends PageArgs {
  @Field(() => SettlementOrder, { nullable: true, description: 'Default: by period, oldest first.' })
  orderBy?: SettlementOrder | null;
}

/** `settlements`' filters; an empty id or period filters nothing, as an absent one. */
@ArgsType()
export class SettlementsArgs extends SettlementPageArgs {
  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use within: DateRange' })
  period?: string | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Settlements of the months this period touches (a settlement covers a whole month).',
  })
  within?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "A committee's rebates." })
  ownersCommitteeId?: string | null;

  @Field(() => ID, { nullable: true })
  propertyCompanyId?: string | null;
}

@InputType({ description: 'A revenue-sharing agreement; ratios in basis points (10000 = 100%).' })
export class CreateRevenueShareAgreementInput {
  @Field(() => ID)
  outletId: string;

  @Field(() => ID)
  propertyCompanyId: string;

  @Field(() => ID)
  ownersCommitteeId: string;

  @Field(() => Int, { description: 'e.g. 8000' })
  enterpriseBp: number;

  @Field(() => Int, { description: 'e.g. 2000; enterpriseBp + propertyBp must be 10000' })
  propertyBp: number;

  @Field(() => Int, { description: "Part of the property share returned to the committee's fund: 10000 = all of it, 2000 = a fifth." })
  rebateBpOfProperty: number;

  @Field(() => String, { description: 'First month it applies to, YYYY-MM.' })
  effectiveFrom: string;
}

@InputType()
export class SettleOutletPeriodInput {
  @Field(() => ID)
  outletId: string;

  @Field(() => String, { description: 'The month to settle, YYYY-MM (Asia/Shanghai); must be over.' })
  period: string;

  @Field(() => String, { description: 'Same key and input → the first settlement; same key, other input → CONFLICT.' })
  idempotencyKey: string;
}
