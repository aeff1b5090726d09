import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { localDate } from '../../../shared/time/local-time';
import { companyById } from '../contract/contract.loaders';
import { buildingResponsibilityLoader } from '../contract/coverage';
import { Building } from './building.ref';

@Resolver(() => Building)
export class BuildingPropertyResolver {
  @FieldResolver(() => PropertyCompany, {
    nullable: true,
    description: 'The company whose contract covers this building at an instant (default now).',
  })
  async responsibleCompany(
    @Root() building: Building,
    @Ctx() ctx: RequestContext,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<PropertyCompany | null> {
    const found = await buildingResponsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(building.id);
    return found ? companyById(ctx).load(found.companyId) : null;
  }
}
