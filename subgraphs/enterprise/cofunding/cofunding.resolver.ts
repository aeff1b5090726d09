import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { FundEntry } from '../neighbours/fund-entry.ref';
import { OwnersCommittee } from '../neighbours/owners-committee.ref';
import { PropertyCompany } from '../neighbours/property-company.ref';
import { Outlet } from '../outlet/outlet.entity';
import { CofundingContribution } from './cofunding-contribution.entity';
import { cofundingByOutlet } from './cofunding.loaders';
import { recordCofunding } from './cofunding.service';
import { Cofunding, RecordCofundingInput } from './cofunding.types';

@Resolver(() => CofundingContribution)
export class CofundingResolver {
  @Authorized('enterprise_staff', 'admin')
  @Mutation(() => CofundingContribution, { description: 'Records a set-up contribution ("四个一点") to an outlet.' })
  recordCofunding(@Arg('input', () => RecordCofundingInput) input: RecordCofundingInput, @Ctx() ctx: RequestContext) {
    return recordCofunding(ctx, input);
  }

  @Authorized()
  @Query(() => Cofunding, { description: "An outlet's set-up co-funding, by source (open to every signed-in user)." })
  cofunding(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext): Promise<Cofunding> {
    return cofundingByOutlet(ctx).load(assertUuid(outletId, 'outletId'));
  }

  @FieldResolver(() => PropertyCompany, { nullable: true })
  propertyCompany(@Root() c: CofundingContribution): PropertyCompany | null {
    return c.propertyCompanyId ? { id: c.propertyCompanyId } : null;
  }

  @FieldResolver(() => OwnersCommittee, { nullable: true })
  ownersCommittee(@Root() c: CofundingContribution): OwnersCommittee | null {
    return c.committeeId ? { id: c.committeeId } : null;
  }

  @FieldResolver(() => FundEntry, {
    nullable: true,
    description: "The committee fund's entry that paid this contribution (the owners' crowdfunding).",
  })
  fundEntry(@Root() c: CofundingContribution): FundEntry | null {
    return c.fundEntryId ? { id: c.fundEntryId } : null;
  }
}

@Resolver(() => Outlet)
export class OutletCofundingResolver {
  @FieldResolver(() => Cofunding, {
    nullable: true,
    description: 'Follow the money: who paid to set the outlet up ("四个一点"); signed-in users only.',
  })
  cofunding(@Root() outlet: Outlet, @Ctx() ctx: RequestContext): Promise<Cofunding> | null {
    return ctx.viewer ? cofundingByOutlet(ctx).load(outlet.id) : null;
  }
}
