import { Length } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { assertUuid, forbidden, notFound } from '../../../shared/errors';
import { Connection, ConnectionResult, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from '../building/building.ref';
import { PropertyCompany } from '../company/property-company.entity';
import { staffCompanies } from '../common/access';
import { Compound } from '../compound/compound.ref';
import { companyById } from '../contract/contract.loaders';
import { StaffMember } from '../staff/staff-member.entity';
import { staffById } from '../staff/staff.loaders';
import { canSee, GRID_ROLES, seesRequester } from './work-order.access';
import {
  PriorityEnum,
  WorkOrder,
  WorkOrderCategoryEnum,
  WorkOrderEvent,
  WorkOrderKindEnum,
  WorkOrderStatusEnum,
} from './work-order.entity';
import { eventsByWorkOrder, workOrderById } from './work-order.loaders';
import { isOverdue, Priority, WorkOrderCategory, WorkOrderKind, WorkOrderStatus } from './work-order.rules';
import { createWorkOrder, transitionWorkOrder } from './work-order.service';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class WorkOrderConnection extends Connection(WorkOrder) {}

@InputType({ description: 'A new work order. Home repairs name the building of the home; common-area repairs a building or an area.' })
export class CreateWorkOrderInput {
  @Field(() => ID)
  compoundId: string;

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

  @Length(1, 2000)
  @Field(() => String)
  description: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Length(3, 30)
  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@ArgsType()
export class WorkOrderFilterArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => WorkOrderStatusEnum, { nullable: true })
  status?: WorkOrderStatus | null;
}

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Authorized()
  @Query(() => WorkOrder, { description: 'One work order, if the caller may see it.' })
  async workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    const order = await workOrderById(ctx).load(assertUuid(id));
    if (!order) throw notFound('WorkOrder', id);
    if (!canSee(requireViewer(ctx), order)) throw forbidden('You may not see this work order');
    return order;
  }

  @Authorized()
  @Query(() => WorkOrderConnection, {
    description:
      "Work orders the caller may see, oldest first: staff their company's, residents their own and their compound's common-area orders, analysts all.",
  })
  workOrders(@Args(() => WorkOrderFilterArgs) args: WorkOrderFilterArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<WorkOrder>> {
    const viewer = requireViewer(ctx);
    const qb = ctx.dataSource.getRepository(WorkOrder).createQueryBuilder('w');
    if (args.companyId) qb.andWhere('w.company_id = :companyId', { companyId: assertUuid(args.companyId, 'companyId') });
    if (args.compoundId) qb.andWhere('w.compound_id = :compoundId', { compoundId: assertUuid(args.compoundId, 'compoundId') });
    if (args.status) qb.andWhere('w.status = :status', { status: args.status });
    if (!(viewer.isAdmin || viewer.isAnalyst || viewer.isService)) {
      const companies = staffCompanies(viewer);
      const compounds = viewer.compoundsWith('resident', 'owner');
      const gridCompounds = viewer.compoundsWith(...GRID_ROLES);
      qb.andWhere(
        `(w.company_id = ANY(:companies::uuid[]) OR (w.resident_id IS NOT NULL AND w.resident_id = :me) OR (w.kind = 'COMMON_AREA' AND w.compound_id = ANY(:compounds::uuid[]))
          OR (w.source_report_id IS NOT NULL AND w.compound_id = ANY(:gridCompounds::uuid[])))`,
        { companies, compounds, gridCompounds, me: viewer.residentId ?? null },
      );
    }
    return paginate(qb, args, {
      column: 'w.submitted_at',
      idColumn: 'w.id',
      valueOf: (w) => w.submittedAt.toISOString(),
      idOf: (w) => w.id,
    });
  }

  @Authorized()
  @Mutation(() => WorkOrder, {
    description: 'Files a work order, routed to the company responsible for its location now; refused (CONFLICT) when nobody covers it.',
  })
  createWorkOrder(@Arg('input', () => CreateWorkOrderInput) input: CreateWorkOrderInput, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return createWorkOrder(ctx, input);
  }

  @Authorized('property_staff')
  @Mutation(() => WorkOrder, { description: 'SUBMITTED → ACCEPTED (company staff).' })
  acceptWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'ACCEPT');
  }

  @Authorized('property_staff')
  @Mutation(() => WorkOrder, { description: "ACCEPTED → DISPATCHED to a member of the company's staff." })
  dispatchWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID) assigneeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'DISPATCH', { assigneeId });
  }

  @Authorized('property_staff')
  @Mutation(() => WorkOrder, { description: 'DISPATCHED → IN_PROGRESS (company staff).' })
  startWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'START');
  }

  @Authorized('property_staff')
  @Mutation(() => WorkOrder, { description: 'IN_PROGRESS → RESOLVED (company staff).' })
  resolveWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'RESOLVE', { note });
  }

  @Authorized()
  @Mutation(() => WorkOrder, { description: "RESOLVED → CONFIRMED with the requester's rating, 1 to 5." })
  confirmWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('rating', () => Int, { nullable: true }) rating: number | null,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'CONFIRM', { rating, note: comment });
  }

  @Authorized()
  @Mutation(() => WorkOrder, { description: 'RESOLVED → DISPATCHED again, when the requester is not satisfied.' })
  reopenWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'REOPEN', { note: reason });
  }

  @Authorized()
  @Mutation(() => WorkOrder, { description: 'Cancels an order before work starts (requester or company staff).' })
  cancelWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrder> {
    return transitionWorkOrder(ctx, id, 'CANCEL', { note: reason });
  }

  @FieldResolver(() => Boolean, { description: 'Still open and past its SLA deadline, as of the moment it is read (never stored).' })
  overdue(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(order.status, order.slaDeadline, ctx.clock.now());
  }

  @FieldResolver(() => Compound)
  compound(@Root() order: WorkOrder): Compound {
    return { id: order.compoundId };
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() order: WorkOrder): Building | null {
    return order.buildingId ? { id: order.buildingId } : null;
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company it was routed to.' })
  async company(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    const company = await companyById(ctx).load(order.companyId);
    if (!company) throw notFound('PropertyCompany', order.companyId);
    return company;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who it was dispatched to.' })
  async assignee(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): Promise<StaffMember | null> {
    return order.assigneeId ? staffById(ctx).load(order.assigneeId) : null;
  }

  @FieldResolver(() => [WorkOrderEvent], { description: 'Every step, oldest first.' })
  history(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): Promise<WorkOrderEvent[]> {
    return eventsByWorkOrder(ctx).load(order.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The requesting resident (personal data: the requester, company staff and admins only).',
  })
  residentId(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): string | null {
    return seesRequester(requireViewer(ctx), order) ? order.residentId : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact name (personal data).' })
  contactName(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): string | null {
    return seesRequester(requireViewer(ctx), order) ? order.contactName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone (personal data).' })
  contactPhone(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): string | null {
    return seesRequester(requireViewer(ctx), order) ? order.contactPhone : null;
  }
}
