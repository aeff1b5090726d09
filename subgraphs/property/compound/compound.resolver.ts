import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import { assertUuid, badInput } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from '../area/common-area.entity';
import { areasByCompound } from '../area/common-area.loaders';
import { Building } from '../building/building.ref';
import { PropertyCompany } from '../company/property-company.entity';
import { localDate } from '../../../shared/time/local-time';
import { areaZone, buildingZone } from '../contract/contract-zone.entity';
import { companyById, contractsByCompound } from '../contract/contract.loaders';
import { responsibilityLoader } from '../contract/coverage';
import { ServiceContract } from '../contract/service-contract.entity';
import { Compound } from './compound.ref';
import { ServiceOpenDay } from '../open-day/service-open-day.entity';
import { openDaysByCompound, visibleOpenDays } from '../open-day/service-open-day.resolver';

@ObjectType({ description: 'The buildings and common areas of a compound that no contract covers on a day.' })
export class UncoveredZones {
  @Field(() => String, { description: 'The day asked about (YYYY-MM-DD, Asia/Shanghai).' })
  day: string;

  @Field(() => [Building])
  buildings: Building[];

  @Field(() => [CommonArea])
  areas: CommonArea[];
}

@Resolver(() => Compound)
export class CompoundPropertyResolver {
  @FieldResolver(() => [ServiceContract], { description: "The compound's property service contracts, oldest first." })
  serviceContracts(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<ServiceContract[]> {
    return contractsByCompound(ctx).load(compound.id);
  }

  @FieldResolver(() => [CommonArea], { description: "The compound's named common areas, by key." })
  commonAreas(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<CommonArea[]> {
    return areasByCompound(ctx).load(compound.id);
  }

  @FieldResolver(() => PropertyCompany, {
    nullable: true,
    description:
      'Which company is responsible for a building or a common area of this compound at an instant (default now); null when nobody is.',
  })
  async responsibleCompany(
    @Root() compound: Compound,
    @Ctx() ctx: RequestContext,
    @Arg('buildingId', () => ID, { nullable: true }) buildingId?: string | null,
    @Arg('areaKey', () => String, { nullable: true }) areaKey?: string | null,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<PropertyCompany | null> {
    if (!!buildingId === !!areaKey) throw badInput('Name exactly one of buildingId and areaKey', { field: 'buildingId' });
    const zone = buildingId ? buildingZone(assertUuid(buildingId, 'buildingId')) : areaZone(areaKey!);
    const found = await responsibilityLoader(ctx, localDate(at ?? ctx.clock.now())).load(`${compound.id}|${zone}`);
    return found ? companyById(ctx).load(found.companyId) : null;
  }

  @Directive('@requires(fields: "buildings { id }")')
  @FieldResolver(() => UncoveredZones, {
    description: 'Buildings and common areas no contract covers at an instant (default now): the gaps residents fall into.',
  })
  async uncoveredZones(
    @Root() compound: Compound,
    @Ctx() ctx: RequestContext,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<UncoveredZones> {
    const day = localDate(at ?? ctx.clock.now());
    const loader = responsibilityLoader(ctx, day);
    const buildings = compound.buildings ?? [];
    const areas = await areasByCompound(ctx).load(compound.id);
    const [b, a] = await Promise.all([
      Promise.all(buildings.map((x) => loader.load(`${compound.id}|${buildingZone(x.id)}`))),
      Promise.all(areas.map((x) => loader.load(`${compound.id}|${areaZone(x.key)}`))),
    ]);
    return {
      day,
      buildings: buildings.filter((_, i) => !b[i]).map((x) => ({ id: x.id })),
      areas: areas.filter((_, i) => !a[i]),
    };
  }

  @FieldResolver(() => [ServiceOpenDay], {
    description: "The compound's property service open days, newest first (drafts only for their company's staff).",
  })
  async serviceOpenDays(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<ServiceOpenDay[]> {
    return visibleOpenDays(ctx, await openDaysByCompound(ctx).load(compound.id));
  }
}
