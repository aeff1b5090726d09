import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { stationCompany } from '../contract/coverage.service';
import { partyDirectory } from './party.lookups';
import { ServiceStation } from './service-station.ref';

@Resolver(() => ServiceStation)
export class ServiceStationPropertyResolver {
  @FieldResolver(() => PropertyCompany, {
    nullable: true,
    description:
      "The company whose contract covers the compound's service-station area at an instant (default now): it takes intake after hours.",
  })
  async propertyCompany(
    @Root() station: ServiceStation,
    @Ctx() ctx: RequestContext,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<PropertyCompany | null> {
    const info = await partyDirectory().stationInfo(station.id);
    return info ? stationCompany(ctx, info.compoundId, at) : null;
  }
}
