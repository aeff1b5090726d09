import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { RequestContext } from '../../../shared/server/context';
import { seesIntakeCaller } from '../access/access';
import { ServiceStation } from '../neighbours/service-station.ref';
import { WorkOrder } from '../work-order/work-order.entity';
import { workOrderById } from '../work-order/work-order.loaders';
import { AfterHoursIntake } from './after-hours-intake.entity';
import { intakeFor, recordAfterHoursIntake } from './intake.service';
import { RecordAfterHoursIntakeInput } from './intake.types';

@Resolver(() => AfterHoursIntake)
export class AfterHoursIntakeResolver {
  @Authorized('property_staff')
  @Mutation(() => AfterHoursIntake, {
    description: 'Records after-hours intake at a station (staff of the company covering it) and opens its work order.',
  })
  recordAfterHoursIntake(
    @Arg('input', () => RecordAfterHoursIntakeInput) input: RecordAfterHoursIntakeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AfterHoursIntake> {
    return recordAfterHoursIntake(ctx, input);
  }

  @Authorized()
  @Query(() => AfterHoursIntake, { description: 'One after-hours intake record.' })
  afterHoursIntake(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AfterHoursIntake> {
    return intakeFor(ctx, id);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() intake: AfterHoursIntake): ServiceStation {
    return { id: intake.stationId };
  }

  @FieldResolver(() => WorkOrder, { description: 'The work order opened from it.' })
  workOrder(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return loadOrNotFound(workOrderById(ctx).load(intake.workOrderId), 'WorkOrder', intake.workOrderId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: staff of the company and admins only.' })
  callerName(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): string | null {
    return seesIntakeCaller(requireViewer(ctx), intake) ? intake.callerName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: staff of the company and admins only.' })
  callerPhone(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): string | null {
    return seesIntakeCaller(requireViewer(ctx), intake) ? intake.callerPhone : null;
  }
}
