import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Audited } from '../../../shared/audit/audited';
import { IdColumn, UuidColumn } from '../../../shared/db/columns';

/**
 * A revenue-sharing agreement (二八分成) for one outlet, from a month on: who shares the
 * proceeds and in what ratios. Ratios are basis points, so both readings of the seed
 * (the whole 20% returned, or 20% of it) are data, not code.
 */
@ObjectType({ description: 'A revenue-sharing agreement (二八分成) of an outlet: ratios in basis points (10000 = 100%).' })
@Entity('revenue_share_agreement')
export class RevenueShareAgreement extends Audited {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @UuidColumn('outlet_id')
  outletId: string;

  @UuidColumn('enterprise_id')
  enterpriseId: string;

  @UuidColumn('compound_id')
  compoundId: string;

  @UuidColumn('property_company_id')
  propertyCompanyId: string;

  @UuidColumn('committee_id')
  committeeId: string;

  @Field(() => Int, { description: "The enterprise's share of the proceeds, in basis points." })
  @Column({ name: 'enterprise_bp', type: 'int' })
  enterpriseBp: number;

  @Field(() => Int, { description: "The property company's share of the proceeds, in basis points." })
  @Column({ name: 'property_bp', type: 'int' })
  propertyBp: number;

  @Field(() => Int, {
    description: "The part of the property company's share returned to the owners' committee fund, in basis points of that share.",
  })
  @Column({ name: 'rebate_bp', type: 'int' })
  rebateBpOfProperty: number;

  @Field(() => String, {
    description: 'First settlement month (YYYY-MM) it applies to; it applies until a later agreement of the outlet starts.',
  })
  @Column({ name: 'effective_from', type: 'text' })
  effectiveFrom: string;
}
