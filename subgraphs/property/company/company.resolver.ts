import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { contractsByCompany } from '../contract/contract.loaders';
import { ServiceContract } from '../contract/service-contract.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { staffByCompany } from '../staff/staff.loaders';
import { companyFor, createPropertyCompany } from './company.service';
import { CreatePropertyCompanyInput } from './company.types';
import { PropertyCompany } from './property-company.entity';

@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @Authorized()
  @Query(() => PropertyCompany, { description: 'One property company by id.' })
  propertyCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    return companyFor(ctx, id);
  }

  @Authorized('admin')
  @Mutation(() => PropertyCompany, { description: 'Registers a property company (admin).' })
  createPropertyCompany(
    @Arg('input', () => CreatePropertyCompanyInput) input: CreatePropertyCompanyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PropertyCompany> {
    return createPropertyCompany(ctx, input);
  }

  @FieldResolver(() => [StaffMember], { nullable: true, description: "The company's staff, by name." })
  staff(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<StaffMember[]> {
    return staffByCompany(ctx).load(company.id);
  }

  @FieldResolver(() => [ServiceContract], { nullable: true, description: "The company's service contracts, oldest first." })
  serviceContracts(@Root() company: PropertyCompany, @Ctx() ctx: RequestContext): Promise<ServiceContract[]> {
    return contractsByCompany(ctx).load(company.id);
  }
}
