import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { groupedLoader } from '../../../shared/db/entity-loaders';
import { IssueReport } from '../issue-report/issue-report.entity';
import { Compound } from '../org-tree/compound.entity';
import { escalationPolicyOf, setEscalationPolicy } from './escalation.service';
import { EscalationPolicy, SetEscalationPolicyInput } from './escalation.types';
import { ReportEscalation } from './report-escalation.entity';

/** A compound's escalation policy, and setting it. */
@Resolver(() => Compound)
export class CompoundEscalationResolver {
  @FieldResolver(() => EscalationPolicy, {
    nullable: true,
    description: 'How its reports escalate by themselves when the 10-minute promise is missed (its own policy, or the defaults).',
  })
  escalationPolicy(@Root() c: Compound, @Ctx() ctx: RequestContext): Promise<EscalationPolicy> {
    return escalationPolicyOf(ctx, c.id);
  }

  @Authorized('party_secretary', 'admin')
  @Mutation(() => EscalationPolicy, {
    description:
      "The compound's Party secretary sets its escalation policy (levels strictly increasing, positive seconds, recipients party may address); it applies to reports filed from now on.",
  })
  setCompoundEscalationPolicy(
    @Arg('input', () => SetEscalationPolicyInput) input: SetEscalationPolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EscalationPolicy> {
    return setEscalationPolicy(ctx, input);
  }
}

/** A report's escalation levels, as due rows: pending, fired or settled. */
@Resolver(() => IssueReport)
export class ReportEscalationResolver {
  @FieldResolver(() => [ReportEscalation], { description: 'The levels of its automatic escalation, by level: pending, fired or settled.' })
  escalations(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<ReportEscalation[]> {
    return groupedLoader(ctx, 'escalationsByReport', ReportEscalation, 'reportId', { level: 'ASC' }).load(r.id);
  }
}
