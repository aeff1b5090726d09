import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { Compound } from '../compound/compound.ref';
import { companyById } from './contract.loaders';
import { ServiceContract } from './service-contract.entity';

@Resolver(() => ServiceContract)
export class ServiceContractResolver {
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
}
