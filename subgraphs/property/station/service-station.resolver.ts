import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { localDate } from '../../../shared/time/local-time';
import { areaZone } from '../contract/contract-zone.entity';
import { companyById } from '../contract/contract.loaders';
import { responsibilityLoader } from '../contract/coverage';
import { partyDirectory } from '../party/party-directory';
import { ServiceStation } from './service-station.ref';

/** The common area a station stands in: the contract covering it serves the station. */
export const STATION_AREA = 'service-station';

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
    if (!info) return null;
    const found = await responsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(`${info.compoundId}|${areaZone(STATION_AREA)}`);
    return found ? companyById(ctx).load(found.companyId) : null;
  }
}
