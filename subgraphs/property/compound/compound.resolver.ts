import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { contractsByCompound } from '../contract/contract.loaders';
import { ServiceContract } from '../contract/service-contract.entity';
import { Compound } from './compound.ref';

@Resolver(() => Compound)
export class CompoundPropertyResolver {
  @FieldResolver(() => [ServiceContract], { description: "The compound's property service contracts, oldest first." })
  serviceContracts(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<ServiceContract[]> {
    return contractsByCompound(ctx).load(compound.id);
  }
}
