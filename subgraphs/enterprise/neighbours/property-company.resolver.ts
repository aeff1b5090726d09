import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { RevenueShareAgreement } from '../settlement/revenue-share-agreement.entity';
import { readableAgreementsOfCompany } from '../settlement/settlement.service';
import { PropertyCompany } from './property-company.ref';

@Resolver(() => PropertyCompany)
export class PropertyCompanyEnterpriseResolver {
  @FieldResolver(() => [RevenueShareAgreement], {
    nullable: true,
    description: 'Revenue-sharing agreements (二八分成) the company is party to, as far as the viewer may read them.',
  })
  revenueShareAgreements(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<RevenueShareAgreement[]> {
    return readableAgreementsOfCompany(ctx, company.id);
  }
}
