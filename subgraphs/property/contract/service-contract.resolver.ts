import { ArrayMaxSize } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { Building } from '../building/building.ref';
import { PropertyCompany } from '../company/property-company.entity';
import { Compound } from '../compound/compound.ref';
import { companyById, zonesByContract } from './contract.loaders';
import { createServiceContract, endServiceContract } from './contract.service';
import { ServiceContract } from './service-contract.entity';

@InputType({ description: 'A new service contract: the zones a company serves in a compound for a period.' })
export class CreateServiceContractInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String, { description: "First day in force (YYYY-MM-DD, the compound's calendar)." })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when null.' })
  endsOn?: string | null;

  @ArrayMaxSize(500)
  @Field(() => [ID], { description: "Party's building ids; each must belong to the compound." })
  buildingIds: string[];

  @ArrayMaxSize(100)
  @Field(() => [String], { description: "Keys of the compound's common areas (east-gate, underground-garage, ...)." })
  areaKeys: string[];
}

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
  async company(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    const company = await companyById(ctx).load(contract.companyId);
    if (!company) throw notFound('PropertyCompany', contract.companyId);
    return company;
  }

  @FieldResolver(() => Compound)
  compound(@Root() contract: ServiceContract): Compound {
    return { id: contract.compoundId };
  }

  @FieldResolver(() => [Building], { description: 'The buildings this contract covers.' })
  async buildings(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<Building[]> {
    const zones = await zonesByContract(ctx).load(contract.id);
    return zones.flatMap((z) => (z.buildingId ? [{ id: z.buildingId }] : []));
  }

  @FieldResolver(() => [String], { description: 'The keys of the common areas this contract covers.' })
  async areaKeys(@Root() contract: ServiceContract, @Ctx() ctx: RequestContext): Promise<string[]> {
    const zones = await zonesByContract(ctx).load(contract.id);
    return zones.flatMap((z) => (z.areaKey ? [z.areaKey] : []));
  }
}
