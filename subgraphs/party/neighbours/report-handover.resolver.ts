import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { IssueReport } from '../issue-report/issue-report.entity';
import { propertyHandoverOf } from './report-to-property.outgoing';
import { ReportHandover } from './report-handover.types';

/** What a report shows of its hand-over to property. */
@Resolver(() => IssueReport)
export class ReportHandoverResolver {
  @FieldResolver(() => ReportHandover, {
    nullable: true,
    description:
      'The hand-over to property: PENDING (retried while property is unreachable), DELIVERED with the work order, or FAILED with the reason.',
  })
  propertyHandover(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<ReportHandover | null> {
    return propertyHandoverOf(ctx, r);
  }
}
