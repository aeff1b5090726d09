import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, GraphQLISODateTime, ID, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from '../common-area/common-area.entity';
import { areasByCompound } from '../common-area/common-area.loaders';
import { PropertyCompany } from '../company/property-company.entity';
import { contractsByCompound } from '../contract/contract.loaders';
import { UncoveredZones } from '../contract/contract.types';
import { responsibleCompany, uncoveredZones } from '../contract/coverage.service';
import { ServiceContract } from '../contract/service-contract.entity';
import { visibleOpenDaysOf } from '../open-day/open-day.service';
import { ServiceOpenDay } from '../open-day/service-open-day.entity';
import { Compound } from './compound.ref';

@Resolver(() => Compound)
export class CompoundPropertyResolver {
  @FieldResolver(() => [ServiceContract], { nullable: true, description: "The compound's property service contracts, oldest first." })
  serviceContracts(@Root() compound: Compound, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ServiceContract[]> {
    return contractsByCompound(ctx, info).load(compound.id);
  }

  @FieldResolver(() => [CommonArea], { nullable: true, description: "The compound's named common areas, by key." })
  commonAreas(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<CommonArea[]> {
    return areasByCompound(ctx).load(compound.id);
  }

  @FieldResolver(() => PropertyCompany, {
    nullable: true,
    description:
      'Which company is responsible for a building or a common area of this compound at an instant (default now); null when nobody is.',
  })
  responsibleCompany(
    @Root() compound: Compound,
    @Ctx() ctx: RequestContext,
    @Arg('buildingId', () => ID, { nullable: true }) buildingId?: string | null,
    @Arg('areaKey', () => String, { nullable: true }) areaKey?: string | null,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<PropertyCompany | null> {
    return responsibleCompany(ctx, compound.id, { buildingId, areaKey }, at);
  }

  @Directive('@requires(fields: "buildings { id }")')
  @FieldResolver(() => UncoveredZones, {
    nullable: true,
    description: 'Buildings and common areas no contract covers at an instant (default now): the gaps residents fall into.',
  })
  uncoveredZones(
    @Root() compound: Compound,
    @Ctx() ctx: RequestContext,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at?: Date | null,
  ): Promise<UncoveredZones> | null {
    // Without party's list every building would look covered: no answer rather than a wrong one.
    if (!compound.buildings) return null;
    return uncoveredZones(ctx, compound.id, compound.buildings, at);
  }

  @FieldResolver(() => [ServiceOpenDay], {
    nullable: true,
    description: "The compound's property service open days, newest first (drafts only for their company's staff).",
  })
  serviceOpenDays(@Root() compound: Compound, @Ctx() ctx: RequestContext): Promise<ServiceOpenDay[]> {
    return visibleOpenDaysOf(ctx, compound.id);
  }
}
