import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import { ReadsColumns } from '../../../shared/db/selected-columns';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import type { RequestContext } from '../../../shared/server/context';
import { companyById } from '../company/company.loaders';
import { PropertyCompany } from '../company/property-company.entity';
import { Building } from '../neighbours/building.ref';
import { Compound } from '../neighbours/compound.ref';
import { zonesByContract } from './contract.loaders';
import { contractBuildings, contractAreaKeys, createServiceContract, endServiceContract } from './contract.service';
import { CreateServiceContractInput } from './contract.types';
import { ServiceContract } from './service-contract.entity';

@Resolver(() => ServiceContract)
export class ServiceContractResolver {
  @Authorized('property_staff')
  @Mutation(() => ServiceContract, {
    description:
      "Signs a company's contract for zones of a compound; zones may not overlap another contract in force the same day (CONFLICT names it).",
  })
  createServiceContract(
    @Arg('input', () => CreateServiceContractInput) input: CreateServiceContractInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceContract> {
    return createServiceContract(ctx, input);
  }

  @Authorized('property_staff')
  @Mutation(() => ServiceContract, {
    description: 'Ends a contract early (never later than agreed); its zones are free from the next day.',
  })
  endServiceContract(
    @Arg('id', () => ID) id: string,
    @Arg('endsOn', () => String) endsOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceContract> {
    return endServiceContract(ctx, id, endsOn);
  }

  @FieldResolver(() => PropertyCompany)
  @ReadsColumns('companyId')
  company(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<PropertyCompany> {
    return loadOrNotFound(companyById(ctx, info).load(contract.companyId), 'PropertyCompany', contract.companyId);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() contract: ServiceContract): Compound {
    return { id: contract.compoundId };
  }

  @FieldResolver(() => [Building], { nullable: true, description: 'The buildings this contract covers.' })
  async buildings(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<Building[]> {
    return contractBuildings(await zonesByContract(ctx).load(contract.id));
  }

  @FieldResolver(() => [String], { description: 'The keys of the common areas this contract covers.' })
  async areaKeys(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<string[]> {
    return contractAreaKeys(await zonesByContract(ctx).load(contract.id));
  }
}
