import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { canWriteForCompany } from '../access/access';
import type { RequestContext } from '../../../shared/server/context';
import { StaffMember } from './staff-member.entity';
import { addStaffMember, setStaffDuty } from './staff.service';
import { AddStaffMemberInput, SetStaffDutyInput } from './staff.types';

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Authorized('property_staff')
  @Mutation(() => StaffMember, { description: "Adds a member to the company's staff (its own staff or admin)." })
  addStaffMember(@Arg('input', () => AddStaffMemberInput) input: AddStaffMemberInput, @Ctx() ctx: RequestContext): Promise<StaffMember> {
    return addStaffMember(ctx, input);
  }

  @Authorized('property_staff')
  @Mutation(() => StaffMember, {
    description:
      "Puts a staff member on the company's duty-manager rota, or takes them off, and links their user account (its own staff or admin).",
  })
  setStaffDuty(@Arg('input', () => SetStaffDutyInput) input: SetStaffDutyInput, @Ctx() ctx: RequestContext): Promise<StaffMember> {
    return setStaffDuty(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The member's user account (token `sub`): shown to the company's staff and admins, null to others.",
  })
  accountSub(@Root() member: StaffMember, @Ctx() ctx: RequestContext): string | null {
    return ctx.viewer && canWriteForCompany(requireViewer(ctx), member.companyId) ? member.accountSub : null;
  }
}
