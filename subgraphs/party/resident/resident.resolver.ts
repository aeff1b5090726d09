import { randomUUID } from 'node:crypto';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole, readsCompoundPeople, seesPersonalData, seesResident } from '../common/access';
import { inTransaction } from '../common/tx';
import { birthDate, chinesePhone, optionalText, requiredText } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { Household } from '../org-tree/household.entity';
import { compoundById, householdById } from '../org-tree/org-tree.loaders';
import { Resident } from './resident.entity';
import { CreateResidentInput, UpdateResidentInput } from './resident.inputs';
import { residentById, residentsByHousehold } from './resident.loaders';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class ResidentConnection extends Connection(Resident) {}

/** What another subgraph needs at write time (a meal card's verified birth date, an owner's household). */
@Directive('@inaccessible')
@ObjectType()
export class ResidentInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) compoundId: string;
  @Field(() => ID) householdId: string;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => Boolean) erased: boolean;
}

@ArgsType()
export class ResidentPageArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only elderly living alone (or only not).' })
  elderlyLivingAlone?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only local (or only non-local) residents.' })
  isLocal?: boolean | null;
}

async function householdIn(m: EntityManager, householdId: string, compoundId: string): Promise<Household> {
  const household = await m.findOneBy(Household, { id: householdId });
  if (!household) throw badInput(`householdId ${householdId} is not a household`, { field: 'householdId' });
  if (household.compoundId !== compoundId) throw badInput("The household is in another compound's building", { field: 'householdId' });
  return household;
}

async function timeZoneOf(m: EntityManager, compoundId: string): Promise<string> {
  const compound = await m.findOneBy(Compound, { id: compoundId });
  if (!compound) throw notFound('Compound', compoundId);
  return compound.timeZone;
}

@Resolver(() => Resident)
export class ResidentResolver {
  @Authorized()
  @Query(() => Resident, {
    description: 'One resident: the person themselves, their compound’s grid, analysts (without personal data), admins.',
  })
  async resident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Resident> {
    const found = await residentById(ctx).load(assertUuid(id));
    if (!found) throw notFound('Resident', id);
    if (!seesResident(requireViewer(ctx), found)) throw forbidden('You may not see this resident');
    return found;
  }

  @Authorized('resident', 'owner')
  @Query(() => Resident, { nullable: true, description: "The signed-in resident's own record." })
  myResident(@Ctx() ctx: RequestContext): Promise<Resident | null> {
    const id = requireViewer(ctx).residentId;
    return id ? residentById(ctx).load(id) : Promise.resolve(null);
  }

  @Directive('@inaccessible')
  @Authorized('service')
  @Query(() => ResidentInfo, {
    nullable: true,
    description: "Internal: a resident's compound, household and birth date for other subgraphs' write-time checks; null when unknown.",
  })
  async residentInfo(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ResidentInfo | null> {
    const r = await residentById(ctx).load(assertUuid(id));
    return r ? { id: r.id, compoundId: r.compoundId, householdId: r.householdId, birthDate: r.birthDate, erased: r.erased } : null;
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Resident, { description: 'The grid registers a resident in a household of its compound.' })
  async createResident(@Arg('input', () => CreateResidentInput) input: CreateResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const householdId = assertUuid(input.householdId, 'householdId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const name = requiredText(input.name, 'name', 50);
    const phone = chinesePhone(input.phone);
    const specialGroup = optionalText(input.specialGroup, 'specialGroup', 50);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const born = birthDate(input.birthDate, now, await timeZoneOf(m, compoundId));
      const household = await householdIn(m, householdId, compoundId);
      const row = Object.assign(new Resident(), {
        id: randomUUID(),
        compoundId,
        householdId,
        name,
        birthDate: born,
        phone,
        isLocal: input.isLocal ?? household.isLocal,
        elderlyLivingAlone: input.elderlyLivingAlone ?? false,
        specialGroup,
        erasedAt: null,
        erasedBy: null,
      });
      stampCreated(row, viewer.actor, now);
      return m.save(row);
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Resident)
  async updateResident(@Arg('input', () => UpdateResidentInput) input: UpdateResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    const id = assertUuid(input.id);
    const now = ctx.clock.now();
    const name = input.name === undefined || input.name === null ? undefined : requiredText(input.name, 'name', 50);
    const phone = input.phone === undefined ? undefined : chinesePhone(input.phone);
    const specialGroup = input.specialGroup === undefined ? undefined : optionalText(input.specialGroup, 'specialGroup', 50);
    const householdId = input.householdId ? assertUuid(input.householdId, 'householdId') : undefined;
    return inTransaction(ctx, async (m) => {
      const row = await m.findOne(Resident, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Resident', id);
      const viewer = assertCompoundRole(ctx, row.compoundId);
      if (row.erasedAt) throw conflict('This resident was erased; personal data cannot come back');
      if (householdId) row.householdId = (await householdIn(m, householdId, row.compoundId)).id;
      if (name !== undefined) row.name = name;
      if (phone !== undefined) row.phone = phone;
      if (input.birthDate !== undefined) row.birthDate = birthDate(input.birthDate, now, await timeZoneOf(m, row.compoundId));
      if (specialGroup !== undefined) row.specialGroup = specialGroup;
      if (input.isLocal !== undefined && input.isLocal !== null) row.isLocal = input.isLocal;
      if (input.elderlyLivingAlone !== undefined && input.elderlyLivingAlone !== null) row.elderlyLivingAlone = input.elderlyLivingAlone;
      stampUpdated(row, viewer.actor, now);
      return m.save(row);
    });
  }

  @Authorized('grid_worker', 'party_secretary', 'resident', 'admin')
  @Mutation(() => Resident, {
    description:
      'Erase a resident on request (the person, or their compound’s grid): name, phone and birth date are removed; the record stays for what depends on it.',
  })
  async eraseResident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Resident> {
    const residentId = assertUuid(id);
    const viewer = requireViewer(ctx);
    const now = ctx.clock.now();
    return inTransaction(ctx, async (m) => {
      const row = await m.findOne(Resident, { where: { id: residentId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Resident', residentId);
      if (viewer.residentId !== row.id) assertCompoundRole(ctx, row.compoundId);
      if (row.erasedAt) return row; // erasing twice changes nothing
      Object.assign(row, { name: null, phone: null, birthDate: null, specialGroup: null, erasedAt: now, erasedBy: viewer.actor });
      stampUpdated(row, viewer.actor, now);
      return m.save(row);
    });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: null for analysts, other residents, and after erasure.' })
  name(@Root() r: Resident, @Ctx() ctx: RequestContext): string | null {
    return seesPersonalData(requireViewer(ctx), r) ? r.name : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal (YYYY-MM-DD).' })
  birthDate(@Root() r: Resident, @Ctx() ctx: RequestContext): string | null {
    return seesPersonalData(requireViewer(ctx), r) ? r.birthDate : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal.' })
  phone(@Root() r: Resident, @Ctx() ctx: RequestContext): string | null {
    return seesPersonalData(requireViewer(ctx), r) ? r.phone : null;
  }

  @FieldResolver(() => Household)
  async household(@Root() r: Resident, @Ctx() ctx: RequestContext): Promise<Household> {
    return (await householdById(ctx).load(r.householdId))!;
  }

  @FieldResolver(() => Compound)
  async compound(@Root() r: Resident, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(r.compoundId))!;
  }
}

@Resolver(() => Household)
export class HouseholdResidentsResolver {
  @FieldResolver(() => [Resident], {
    description: 'The residents you may see: all of them for the grid and analysts, yourself for a resident.',
  })
  async residents(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Resident[]> {
    const viewer = requireViewer(ctx);
    const all = await residentsByHousehold(ctx).load(household.id);
    return all.filter((r) => seesResident(viewer, r));
  }
}

@Resolver(() => Compound)
export class CompoundResidentsResolver {
  @FieldResolver(() => ResidentConnection, { description: 'Residents of the compound (its grid, analysts, admins).' })
  residents(
    @Root() compound: Compound,
    @Args(() => ResidentPageArgs) args: ResidentPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ResidentConnection> {
    if (!readsCompoundPeople(requireViewer(ctx), compound.id))
      throw forbidden("Only the compound's grid, analysts and admins list its residents");
    const qb = ctx.dataSource.getRepository(Resident).createQueryBuilder('r').where('r.compound_id = :id', { id: compound.id });
    if (args.elderlyLivingAlone !== undefined && args.elderlyLivingAlone !== null)
      qb.andWhere('r.elderly_living_alone = :ela', { ela: args.elderlyLivingAlone });
    if (args.isLocal !== undefined && args.isLocal !== null) qb.andWhere('r.is_local = :loc', { loc: args.isLocal });
    return paginate(qb, args, { column: 'r.id', idColumn: 'r.id', valueOf: (r) => r.id, idOf: (r) => r.id });
  }
}
