import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../shared/auth/require-viewer';
import type { RequestContext } from '../../../shared/server/context';
import { seesPersonalData } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import { Household } from '../org-tree/household.entity';
import { compoundById, householdById } from '../org-tree/org-tree.loaders';
import { Resident } from './resident.entity';
import { createResident, eraseResident, myResident, residentFor, updateResident } from './resident.service';
import { CreateResidentInput, UpdateResidentInput } from './resident.types';

@Resolver(() => Resident)
export class ResidentResolver {
  @Authorized()
  @Query(() => Resident, {
    description: 'One resident: the person themselves, their compound’s grid, analysts (without personal data), admins.',
  })
  resident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Resident> {
    return residentFor(ctx, id);
  }

  @Authorized('resident', 'owner')
  @Query(() => Resident, { nullable: true, description: "The signed-in resident's own record." })
  myResident(@Ctx() ctx: RequestContext): Promise<Resident | null> {
    return myResident(ctx);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Resident, { description: 'The grid registers a resident in a household of its compound.' })
  createResident(@Arg('input', () => CreateResidentInput) input: CreateResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return createResident(ctx, input);
  }

  @Authorized('grid_worker', 'party_secretary', 'admin')
  @Mutation(() => Resident)
  updateResident(@Arg('input', () => UpdateResidentInput) input: UpdateResidentInput, @Ctx() ctx: RequestContext): Promise<Resident> {
    return updateResident(ctx, input);
  }

  @Authorized('grid_worker', 'party_secretary', 'resident', 'admin')
  @Mutation(() => Resident, {
    description:
      'Erase a resident on request (the person, or their compound’s grid): name, phone and birth date are removed; the record stays for what depends on it.',
  })
  eraseResident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Resident> {
    return eraseResident(ctx, id);
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

  @FieldResolver(() => Household, { nullable: true })
  async household(@Root() r: Resident, @Ctx() ctx: RequestContext): Promise<Household> {
    return (await householdById(ctx).load(r.householdId))!;
  }

  @FieldResolver(() => Compound, { nullable: true })
  async compound(@Root() r: Resident, @Ctx() ctx: RequestContext): Promise<Compound> {
    return (await compoundById(ctx).load(r.compoundId))!;
  }
}
