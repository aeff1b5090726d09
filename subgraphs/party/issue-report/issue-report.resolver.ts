import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from '../org-tree/building.entity';
import { Compound } from '../org-tree/compound.entity';
import { buildingById, compoundById } from '../org-tree/org-tree.loaders';
import { Resident } from '../resident/resident.entity';
import { visibleResident } from '../resident/resident.loaders';
import { IssueReportEntry } from './issue-report-entry.entity';
import { IssueReport } from './issue-report.entity';
import { entriesByReport } from './issue-report.loaders';
import { compoundIssueReports, issueReportFor, myIssueReports, reportIssue } from './issue-report.service';
import {
  addIssueFollowUp,
  blowWhistle,
  closeIssueReport,
  handIssueReportToProperty,
  reopenIssueReport,
  resolveIssueReport,
  respondToIssueReport,
} from './report-flow.service';
import { IssueReportConnection, IssueReportPageArgs, ReportIssueInput } from './issue-report.types';
import { responseOverdue } from './report-flow';

@Resolver(() => IssueReport)
export class IssueReportResolver {
  @Authorized()
  @Query(() => IssueReport)
  issueReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<IssueReport> {
    return issueReportFor(ctx, id);
  }

  @Authorized()
  @Query(() => IssueReportConnection, { description: 'Reports the signed-in user filed, oldest first.' })
  myIssueReports(
    @Args(() => IssueReportPageArgs) args: IssueReportPageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IssueReportConnection> {
    return myIssueReports(ctx, args, info);
  }

  @Authorized('grid_worker', 'party_secretary', 'analyst', 'admin')
  @Query(() => IssueReportConnection, { description: "A compound's reports, oldest first (its grid, analysts, admins)." })
  issueReports(
    @Arg('compoundId', () => ID) compoundId: string,
    @Args(() => IssueReportPageArgs) args: IssueReportPageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IssueReportConnection> {
    return compoundIssueReports(ctx, compoundId, args, info);
  }

  @Authorized('resident', 'owner', 'grid_worker', 'volunteer', 'admin')
  @Mutation(() => IssueReport, {
    description: 'File an issue report (随手报). The server stamps the time; the 10-minute promise starts now.',
  })
  reportIssue(@Arg('input', () => ReportIssueInput) input: ReportIssueInput, @Ctx() ctx: RequestContext): Promise<IssueReport> {
    return reportIssue(ctx, input);
  }

  @Authorized('grid_worker', 'admin')
  @Mutation(() => IssueReport, { description: "A grid worker's first response; answered within 600 s keeps the 10-minute promise." })
  respondToIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return respondToIssueReport(ctx, id, note);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, { description: 'Resolved in the community (or after the whistle); waits for the reporter to close it out.' })
  resolveIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return resolveIssueReport(ctx, id, note);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, {
    description: 'Hand the report to the responsible property company (the work order follows through the hand-over).',
  })
  handIssueReportToProperty(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return handIssueReportToProperty(ctx, id, note);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, {
    description: 'Blow the whistle (吹哨): escalate to a named department; follow-ups are recorded until it is resolved.',
  })
  blowWhistle(
    @Arg('id', () => ID) id: string,
    @Arg('department', () => String) department: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return blowWhistle(ctx, id, department, note);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => IssueReport, { description: 'Record what the department did after the whistle.' })
  addIssueFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return addIssueFollowUp(ctx, id, note);
  }

  @Authorized()
  @Mutation(() => IssueReport, {
    description: 'The reporter confirms the resolution and closes the report out (销号) with a 1–5 satisfaction score.',
  })
  closeIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('satisfaction', () => Int) satisfaction: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return closeIssueReport(ctx, id, satisfaction, comment);
  }

  @Authorized()
  @Mutation(() => IssueReport, { description: 'The reporter is not satisfied with the resolution and reopens the report.' })
  reopenIssueReport(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueReport> {
    return reopenIssueReport(ctx, id, reason);
  }

  @FieldResolver(() => Compound)
  async compound(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(r.compoundId))!;
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Building | null> {
    return r.buildingId ? buildingById(ctx).load(r.buildingId) : Promise.resolve(null);
  }

  @FieldResolver(() => Resident, { nullable: true, description: 'The resident who reported it, if a resident did and you may see them.' })
  reporterResident(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<Resident | null> {
    return r.reporterResidentId ? visibleResident(ctx, r.reporterResidentId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Unanswered and past the 10-minute promise, by the server clock.' })
  responseOverdue(@Root() r: IssueReport, @Ctx() ctx: RequestContext): boolean {
    return responseOverdue(r.promiseStartedAt, r.respondedAt, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'Did the signed-in user file it?' })
  reportedByMe(@Root() r: IssueReport, @Ctx() ctx: RequestContext): boolean {
    return r.reporterId === requireViewer(ctx).actor;
  }

  @FieldResolver(() => [IssueReportEntry], { description: 'The timeline, oldest first.' })
  entries(@Root() r: IssueReport, @Ctx() ctx: RequestContext): Promise<IssueReportEntry[]> {
    return entriesByReport(ctx).load(r.id);
  }
}
