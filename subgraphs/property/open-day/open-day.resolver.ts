import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { companyById } from '../company/company.loaders';
import { PropertyCompany } from '../company/property-company.entity';
import { Compound } from '../neighbours/compound.ref';
import { standardsByOpenDay } from './open-day.loaders';
import { planServiceOpenDay, publishServiceOpenDay } from './open-day.service';
import { PlanServiceOpenDayInput } from './open-day.types';
import { ServiceOpenDay } from './service-open-day.entity';
import { ServiceStandard } from './service-standard.entity';

@Resolver(() => ServiceOpenDay)
export class ServiceOpenDayResolver {
  @Authorized('property_staff')
  @Mutation(() => ServiceOpenDay, {
    description: 'Plans an open day (draft) with its service standards and fees; the company must serve the compound that day.',
  })
  planServiceOpenDay(
    @Arg('input', () => PlanServiceOpenDayInput) input: PlanServiceOpenDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceOpenDay> {
    return planServiceOpenDay(ctx, input);
  }

  @Authorized('property_staff')
  @Mutation(() => ServiceOpenDay, { description: 'Publishes a planned open day to the residents; its standards are then fixed.' })
  publishServiceOpenDay(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceOpenDay> {
    return publishServiceOpenDay(ctx, id);
  }

  @FieldResolver(() => [ServiceStandard])
  standards(@Root() day: ServiceOpenDay, @Ctx() ctx: RequestContext): Promise<ServiceStandard[]> {
    return standardsByOpenDay(ctx).load(day.id);
  }

  @FieldResolver(() => PropertyCompany)
  company(@Root() day: ServiceOpenDay, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    return loadOrNotFound(companyById(ctx).load(day.companyId), 'PropertyCompany', day.companyId);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() day: ServiceOpenDay): Compound {
    return { id: day.compoundId };
  }
}

@Resolver(() => ServiceStandard)
export class ServiceStandardResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'The fee; null when covered by the property fee.' })
  fee(@Root() s: ServiceStandard): Money | null {
    return s.feeFen === null ? null : Money.of(s.feeFen);
  }
}
