import { randomUUID } from 'node:crypto';
import { ArrayMaxSize, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { PropertyCompany } from '../company/property-company.entity';
import { assertWriteForCompany, canWriteForCompany } from '../common/access';
import { parseDay } from '../common/dates';
import { Compound } from '../compound/compound.ref';
import { companyById } from '../contract/contract.loaders';
import { ServiceOpenDay, ServiceStandard } from './service-open-day.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { groupedLoader } from '../../../shared/db/entity-loaders';

@InputType()
export class ServiceStandardInput {
  @Length(1, 200)
  @Field(() => String)
  item: string;

  @Length(1, 1000)
  @Field(() => String)
  standard: string;

  @Field(() => FenScalar, { nullable: true, description: 'Fee in integer fen; null when the item is covered by the property fee.' })
  feeFen?: bigint | null;

  @Length(1, 50)
  @Field(() => String, { nullable: true })
  feeUnit?: string | null;
}

@InputType()
export class PlanServiceOpenDayInput {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID)
  compoundId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  day: string;

  @Length(1, 200)
  @Field(() => String)
  title: string;

  @Length(1, 200)
  @Field(() => String, { nullable: true })
  venue?: string | null;

  @ArrayMaxSize(100)
  @Field(() => [ServiceStandardInput])
  standards: ServiceStandardInput[];
}

export function standardsByOpenDay(ctx: RequestContext) {
  return groupedLoader(ctx, 'standardsByOpenDay', ServiceStandard, 'openDayId', { position: 'ASC' });
}

/** Open days of a compound, newest first; drafts only for the company's own staff. */
export function openDaysByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'openDaysByCompound', ServiceOpenDay, 'compoundId', { day: 'DESC', id: 'ASC' });
}

@Resolver(() => ServiceOpenDay)
export class ServiceOpenDayResolver {
  @Authorized('property_staff')
  @Mutation(() => ServiceOpenDay, {
    description: 'Plans an open day (draft) with its service standards and fees; the company must serve the compound that day.',
  })
  async planServiceOpenDay(
    @Arg('input', () => PlanServiceOpenDayInput) input: PlanServiceOpenDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceOpenDay> {
    const viewer = requireViewer(ctx);
    const companyId = assertUuid(input.companyId, 'companyId');
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const day = parseDay(input.day, 'day');
    if (input.standards.length === 0) throw badInput('An open day publishes at least one service standard', { field: 'standards' });
    for (const s of input.standards) {
      if (s.feeFen !== undefined && s.feeFen !== null && s.feeFen < 0n) throw badInput('A fee cannot be negative', { field: 'feeFen' });
      if ((s.feeFen === undefined || s.feeFen === null) && s.feeUnit) throw badInput('A fee unit needs a fee', { field: 'feeUnit' });
    }
    assertWriteForCompany(viewer, companyId);
    const now = ctx.clock.now();
    return ctx.dataSource.transaction(async (m) => {
      const serving = await m.query(
        `SELECT 1 FROM contract_zone z JOIN service_contract c ON c.id = z.contract_id
          WHERE c.company_id = $1 AND z.compound_id = $2 AND z.period @> $3::date LIMIT 1`,
        [companyId, compoundId, day],
      );
      if (serving.length === 0) throw conflict(`The company has no contract in force in compound ${compoundId} on ${day}`);
      const openDay = stampCreated(
        m.create(ServiceOpenDay, {
          id: randomUUID(),
          companyId,
          compoundId,
          day,
          title: input.title,
          venue: input.venue ?? null,
          status: 'DRAFT',
          publishedAt: null,
          publishedBy: null,
        }),
        viewer.actor,
        now,
      );
      await m.insert(ServiceOpenDay, openDay);
      const standards = input.standards.map((s, i) =>
        stampCreated(
          m.create(ServiceStandard, {
            id: randomUUID(),
            openDayId: openDay.id,
            position: i + 1,
            item: s.item,
            standard: s.standard,
            feeFen: s.feeFen === undefined || s.feeFen === null ? null : s.feeFen.toString(),
            feeUnit: s.feeUnit ?? null,
          }),
          viewer.actor,
          now,
        ),
      );
      await m.insert(ServiceStandard, standards);
      return openDay;
    });
  }

  @Authorized('property_staff')
  @Mutation(() => ServiceOpenDay, { description: 'Publishes a planned open day to the residents; its standards are then fixed.' })
  async publishServiceOpenDay(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ServiceOpenDay> {
    const viewer = requireViewer(ctx);
    const openDayId = assertUuid(id);
    const now = ctx.clock.now();
    return ctx.dataSource.transaction(async (m) => {
      const day = await m.getRepository(ServiceOpenDay).findOne({ where: { id: openDayId }, lock: { mode: 'pessimistic_write' } });
      if (!day) throw notFound('ServiceOpenDay', openDayId);
      assertWriteForCompany(viewer, day.companyId);
      if (day.status !== 'DRAFT') throw conflict('This open day is already published');
      day.status = 'PUBLISHED';
      day.publishedAt = now;
      day.publishedBy = viewer.actor;
      return m.save(stampUpdated(day, viewer.actor, now));
    });
  }

  @FieldResolver(() => [ServiceStandard])
  standards(@Root() day: ServiceOpenDay, @Ctx() ctx: RequestContext): Promise<ServiceStandard[]> {
    return standardsByOpenDay(ctx).load(day.id);
  }

  @FieldResolver(() => PropertyCompany)
  async company(@Root() day: ServiceOpenDay, @Ctx() ctx: RequestContext): Promise<PropertyCompany> {
    const company = await companyById(ctx).load(day.companyId);
    if (!company) throw notFound('PropertyCompany', day.companyId);
    return company;
  }

  @FieldResolver(() => Compound)
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

/** Residents see published open days; the company's own staff and admins also its drafts. */
export function visibleOpenDays(ctx: RequestContext, days: ServiceOpenDay[]): ServiceOpenDay[] {
  const viewer = requireViewer(ctx);
  return days.filter((d) => d.status === 'PUBLISHED' || canWriteForCompany(viewer, d.companyId));
}
