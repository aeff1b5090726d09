import { Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, forbidden, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { ServiceStation } from '../station/service-station.ref';
import { PriorityEnum, WorkOrder, WorkOrderCategoryEnum, WorkOrderKindEnum } from '../work-order/work-order.entity';
import { workOrderById } from '../work-order/work-order.loaders';
import type { Priority, WorkOrderCategory, WorkOrderKind } from '../work-order/work-order.rules';
import { AfterHoursIntake } from './after-hours-intake.entity';
import { recordAfterHoursIntake } from './intake.service';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { byIdLoader } from '../../../shared/db/entity-loaders';

@InputType({ description: 'What a resident brought to the station after hours, and where the problem is.' })
export class RecordAfterHoursIntakeInput {
  @Field(() => ID)
  stationId: string;

  @Length(1, 2000)
  @Field(() => String)
  text: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  callerName?: string | null;

  @Length(3, 30)
  @Field(() => String, { nullable: true })
  callerPhone?: string | null;

  @Field(() => WorkOrderKindEnum)
  kind: WorkOrderKind;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true })
  areaKey?: string | null;

  @Length(0, 200)
  @Field(() => String, { nullable: true })
  locationDetail?: string | null;

  @Field(() => WorkOrderCategoryEnum)
  category: WorkOrderCategory;

  @Field(() => PriorityEnum)
  priority: Priority;

  @Field(() => Boolean, { nullable: true, description: 'Also hand it back to the grid workers as an issue report (wired later).' })
  handBackToGrid?: boolean | null;
}

function intakeById(ctx: RequestContext) {
  return byIdLoader(ctx, 'intakeById', AfterHoursIntake);
}

/** The intake's company staff (and admins, analysts) read it; only staff and admins see the caller. */
function seesIntake(ctx: RequestContext, intake: AfterHoursIntake): boolean {
  const viewer = requireViewer(ctx);
  return viewer.isAdmin || viewer.isAnalyst || viewer.isService || viewer.canActForCompany(intake.companyId, 'property_staff');
}

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
  async afterHoursIntake(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AfterHoursIntake> {
    const intake = await intakeById(ctx).load(assertUuid(id));
    if (!intake) throw notFound('AfterHoursIntake', id);
    if (!seesIntake(ctx, intake)) throw forbidden('You may not see this intake record');
    return intake;
  }

  @FieldResolver(() => ServiceStation)
  station(@Root() intake: AfterHoursIntake): ServiceStation {
    return { id: intake.stationId };
  }

  @FieldResolver(() => WorkOrder, { description: 'The work order opened from it.' })
  async workOrder(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    const order = await workOrderById(ctx).load(intake.workOrderId);
    if (!order) throw notFound('WorkOrder', intake.workOrderId);
    return order;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: staff of the company and admins only.' })
  callerName(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): string | null {
    const v = requireViewer(ctx);
    return v.isAdmin || v.canActForCompany(intake.companyId, 'property_staff') ? intake.callerName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: staff of the company and admins only.' })
  callerPhone(@Root() intake: AfterHoursIntake, @Ctx() ctx: RequestContext): string | null {
    const v = requireViewer(ctx);
    return v.isAdmin || v.canActForCompany(intake.companyId, 'property_staff') ? intake.callerPhone : null;
  }
}
