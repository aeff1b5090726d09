import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type ConnectionResult } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { contractsByCompany } from '../contract/contract.loaders';
import { ServiceContract } from '../contract/service-contract.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { staffByCompany } from '../staff/staff.loaders';
import { companyFor, createPropertyCompany, propertyCompanies } from './company.service';
import { CreatePropertyCompanyInput, PropertyCompanyConnection } from './company.types';
import { PropertyCompany } from './property-company.entity';

@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @Authorized()
  @Query(() => PropertyCompany, { description: 'One property company by id.' })
  propertyCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    return companyFor(ctx, id);
  }

  @Authorized()
  @Query(() => PropertyCompanyConnection, { description: 'Every property company, by name.' })
  propertyCompanies(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<PropertyCompany>> {
    return propertyCompanies(ctx, args);
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
