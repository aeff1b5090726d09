import { randomUUID } from 'node:crypto';
import { Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { stampCreated } from '../../../shared/audit/audited';
import { assertUuid, notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { assertWriteForCompany } from '../common/access';
import { companyById, contractsByCompany } from '../contract/contract.loaders';
import { ServiceContract } from '../contract/service-contract.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { staffByCompany } from '../staff/staff.loaders';
import { PropertyCompany } from './property-company.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';

@InputType()
export class CreatePropertyCompanyInput {
  @Length(1, 200)
  @Field(() => String)
  name: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  nameZh?: string | null;
}

@InputType()
export class AddStaffMemberInput {
  @Field(() => ID)
  companyId: string;

  @Length(1, 100)
  @Field(() => String)
  name: string;

  @Length(1, 100)
  @Field(() => String, { nullable: true })
  title?: string | null;
}

@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @Authorized()
  @Query(() => PropertyCompany, { description: 'One property company by id.' })
  async propertyCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    const found = await companyById(ctx).load(assertUuid(id));
    if (!found) throw notFound('PropertyCompany', id);
    return found;
  }

  @Authorized('admin')
  @Mutation(() => PropertyCompany, { description: 'Registers a property company (admin).' })
  async createPropertyCompany(
    @Arg('input', () => CreatePropertyCompanyInput) input: CreatePropertyCompanyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PropertyCompany> {
    const viewer = requireViewer(ctx);
    const company = stampCreated(
      Object.assign(new PropertyCompany(), { id: randomUUID(), name: input.name, nameZh: input.nameZh ?? null }),
      viewer.actor,
      ctx.clock.now(),
    );
    await ctx.dataSource.getRepository(PropertyCompany).insert(company);
    return company;
  }

  @Authorized('property_staff')
  @Mutation(() => StaffMember, { description: "Adds a member to the company's staff (its own staff or admin)." })
  async addStaffMember(
    @Arg('input', () => AddStaffMemberInput) input: AddStaffMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffMember> {
    const viewer = requireViewer(ctx);
    const companyId = assertUuid(input.companyId, 'companyId');
    assertWriteForCompany(viewer, companyId);
    if (!(await companyById(ctx).load(companyId))) throw notFound('PropertyCompany', companyId);
    const member = stampCreated(
      Object.assign(new StaffMember(), { id: randomUUID(), companyId, name: input.name, title: input.title ?? null, active: true }),
      viewer.actor,
      ctx.clock.now(),
    );
    await ctx.dataSource.getRepository(StaffMember).insert(member);
    return member;
  }

  @FieldResolver(() => [StaffMember], { description: "The company's staff, by name." })
  staff(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<StaffMember[]> {
    return staffByCompany(ctx).load(company.id);
  }

  @FieldResolver(() => [ServiceContract], { description: "The company's service contracts, oldest first." })
  serviceContracts(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<ServiceContract[]> {
    return contractsByCompany(ctx).load(company.id);
  }
}
