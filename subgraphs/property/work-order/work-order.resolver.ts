import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { ConnectionResult } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { seesRequester } from '../access/access';
import { companyById } from '../company/company.loaders';
import { PropertyCompany } from '../company/property-company.entity';
import { Building } from '../neighbours/building.ref';
import { Compound } from '../neighbours/compound.ref';
import { StaffMember } from '../staff/staff-member.entity';
import { staffById } from '../staff/staff.loaders';
import { WorkOrderEvent } from './work-order-event.entity';
import { isOverdue } from './work-order-flow';
import { WorkOrder } from './work-order.entity';
import { eventsByWorkOrder } from './work-order.loaders';
import { createWorkOrder, transitionWorkOrder } from './work-order.service';
import { workOrderFor, workOrders } from './work-order-queries.service';
import { CreateWorkOrderInput, WorkOrderConnection, WorkOrderFilterArgs } from './work-order.types';

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Authorized()
  @Query(() => WorkOrder, { description: 'One work order, if the caller may see it.' })
  workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return workOrderFor(ctx, id);
  }

  @Authorized()
  @Query(() => WorkOrderConnection, {
    description:
      "Work orders the caller may see: staff their company's, residents their own and their compound's common-area orders, analysts all.",
  })
  workOrders(@Args(() => WorkOrderFilterArgs) args: WorkOrderFilterArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<WorkOrder>> {
    return workOrders(ctx, args);
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

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() order: WorkOrder): Compound {
    return { id: order.compoundId };
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() order: WorkOrder): Building | null {
    return order.buildingId ? { id: order.buildingId } : null;
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company it was routed to.' })
  company(@Root() order: WorkOrder, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    return loadOrNotFound(companyById(ctx).load(order.companyId), 'PropertyCompany', order.companyId);
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
