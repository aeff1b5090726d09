import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { StaffMember } from './staff-member.entity';
import { addStaffMember } from './staff.service';
import { AddStaffMemberInput } from './staff.types';

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Authorized('property_staff')
  @Mutation(() => StaffMember, { description: "Adds a member to the company's staff (its own staff or admin)." })
  addStaffMember(@Arg('input', () => AddStaffMemberInput) input: AddStaffMemberInput, @Ctx() ctx: RequestContext): Promise<StaffMember> {
    return addStaffMember(ctx, input);
  }
}
