import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { buildingCompany } from '../contract/coverage.service';
import { Building } from './building.ref';

@Resolver(() => Building)
export class BuildingPropertyResolver {
  @FieldResolver(() => PropertyCompany, {
    nullable: true,
    description: 'The company whose contract covers this building at an instant (default now).',
  })
  responsibleCompany(
    @Root() building: Building,
    @Ctx() ctx: RequestContext,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<PropertyCompany | null> {
    return buildingCompany(ctx, building.id, at);
  }
}
