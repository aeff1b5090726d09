import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { groupedByKeys } from '../../../shared/db/loaders';
import { Audited, stampCreated } from '../../../shared/audit/audited';
import { assertUuid, badInput, conflict, notFound } from '../../../shared/errors';
import { FenScalar } from '../../../shared/money/fen.scalar';
import { Money } from '../../../shared/money/money.type';
import type { RequestContext } from '../../../shared/server/context';
import { bigintColumn } from '../../../shared/db/bigint-column';
import { assertEnterpriseWriter } from '../common/access';
import { committeeCompound, committeeFundEntry, propertyCompanyExists } from '../common/external-ids';
import { assertIdempotencyKey, assertPositiveFen } from '../common/outlets';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { Outlet } from '../outlet/outlet.entity';
import { FundEntry } from '../refs/fund-entry.ref';
import { OwnersCommittee } from '../refs/owners-committee.ref';
import { PropertyCompany } from '../refs/property-company.ref';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { boundedText } from '../../../shared/validation';

/** The four sources of set-up co-funding "四个一点". */
export enum CofundingSource {
  ENTERPRISE = 'ENTERPRISE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  /** Owners' crowdfunding, paid out of the committee's public fund: points at that FundEntry. */
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  MERCHANT = 'MERCHANT',
}
registerEnumType(CofundingSource, { name: 'CofundingSource', description: 'Who put money into setting up an outlet ("四个一点").' });

@ObjectType({ description: 'One contribution to setting up an outlet ("四个一点").' })
@Entity('cofunding_contribution')
export class CofundingContribution extends Audited {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Field(() => CofundingSource)
  @Column({ type: 'text' })
  source: CofundingSource;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintColumn })
  amountFen: bigint;

  @Column({ name: 'property_company_id', type: 'uuid', nullable: true })
  propertyCompanyId: string | null;

  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @Column({ name: 'fund_entry_id', type: 'uuid', nullable: true })
  fundEntryId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'merchant_name', type: 'text', nullable: true })
  merchantName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Money)
  get amount(): Money {
    return Money.of(this.amountFen);
  }

  @Field(() => Date)
  get recordedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType()
export class CofundingTotal {
  @Field(() => CofundingSource) source: CofundingSource;
  @Field(() => Money) amount: Money;
}

@ObjectType({ description: "An outlet's set-up co-funding: each contribution and the totals by source." })
export class Cofunding {
  @Field(() => [CofundingContribution]) contributions: CofundingContribution[];
  @Field(() => [CofundingTotal], { description: 'Every source, zero when it gave nothing.' }) totals: CofundingTotal[];
  @Field(() => Money) total: Money;
}

@InputType()
export class RecordCofundingInput {
  @Field(() => ID) outletId: string;
  @Field(() => CofundingSource) source: CofundingSource;
  @Field(() => FenScalar) amountFen: bigint;
  @Field(() => ID, { nullable: true, description: 'PROPERTY_COMPANY only.' }) propertyCompanyId?: string | null;
  @Field(() => ID, { nullable: true, description: 'OWNERS_COMMITTEE only.' }) ownersCommitteeId?: string | null;
  @Field(() => ID, { nullable: true, description: "OWNERS_COMMITTEE only: the committee fund's spending entry that paid it." })
  fundEntryId?: string | null;
  @Field(() => String, { nullable: true, description: 'MERCHANT only.' }) merchantName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String) idempotencyKey: string;
}

/** Each outlet's contributions and totals by source: one statement for every outlet of a page. */
export function cofundingByOutlet(ctx: RequestContext) {
  return ctx.loaders.get<string, Cofunding>('cofundingByOutlet', async (outletIds) => {
    const rows = await ctx.dataSource
      .getRepository(CofundingContribution)
      .find({ where: { outletId: In([...outletIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupedByKeys(outletIds, rows, (r) => r.outletId).map((contributions) => {
      const totals = Object.values(CofundingSource).map((source) => ({
        source,
        amount: Money.of(contributions.filter((c) => c.source === source).reduce((a, c) => a + c.amountFen, 0n)),
      }));
      return { contributions, totals, total: Money.of(totals.reduce((a, t) => a + t.amount.fen, 0n)) };
    });
  });
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

function only(present: boolean, field: string, source: CofundingSource): void {
  if (present) throw badInput(`${field} does not apply to a ${source} contribution`, { field });
}

/**
 * The committee's part is money the fund paid out: the entry must be a posted,
 * unreversed SPENDING of this committee's fund for exactly this amount. Asked of the
 * committee subgraph at write time; unreachable → SERVICE_UNAVAILABLE, nothing written.
 */
async function assertFundPaidIt(fundEntryId: string, committeeId: string, compoundId: string, amountFen: bigint): Promise<void> {
  const entry = await committeeFundEntry(fundEntryId);
  const refuse = (why: string) => badInput(`Fund entry ${fundEntryId} ${why}`, { field: 'fundEntryId' });
  if (!entry) throw refuse('is not known to the committee');
  if (entry.committeeId !== committeeId || entry.compoundId !== compoundId) throw refuse("is not of this committee's fund");
  if (entry.direction !== 'SPENDING') throw refuse('is not a spending: only money the fund paid out can be a contribution');
  if (entry.status !== 'POSTED' || entry.reversed) throw refuse('has not paid anything (not approved, rejected or reversed)');
  if (entry.amountFen !== amountFen) throw refuse(`paid ${entry.amountFen} fen, not ${amountFen}`);
}

export async function recordCofunding(ctx: RequestContext, input: RecordCofundingInput): Promise<CofundingContribution> {
  const viewer = requireViewer(ctx);
  const key = assertIdempotencyKey(input.idempotencyKey);
  const amountFen = assertPositiveFen(input.amountFen, 'amountFen');
  const outletId = assertUuid(input.outletId, 'outletId');
  const outlet = await ctx.dataSource.getRepository(Outlet).findOneBy({ id: outletId });
  if (!outlet) throw notFound('Outlet', outletId);
  assertEnterpriseWriter(viewer, outlet.enterpriseId);
  const s = input.source;
  only(s !== CofundingSource.PROPERTY_COMPANY && !!input.propertyCompanyId, 'propertyCompanyId', s);
  only(s !== CofundingSource.OWNERS_COMMITTEE && !!input.ownersCommitteeId, 'ownersCommitteeId', s);
  only(s !== CofundingSource.OWNERS_COMMITTEE && !!input.fundEntryId, 'fundEntryId', s);
  only(s !== CofundingSource.MERCHANT && !!input.merchantName, 'merchantName', s);
  let propertyCompanyId: string | null = null;
  let committeeId: string | null = null;
  let fundEntryId: string | null = null;
  let merchantName: string | null = null;
  if (s === CofundingSource.PROPERTY_COMPANY) {
    propertyCompanyId = assertUuid(input.propertyCompanyId ?? '', 'propertyCompanyId');
    if (!(await propertyCompanyExists(propertyCompanyId)))
      throw badInput(`No property company ${propertyCompanyId}`, { field: 'propertyCompanyId' });
  } else if (s === CofundingSource.OWNERS_COMMITTEE) {
    committeeId = assertUuid(input.ownersCommitteeId ?? '', 'ownersCommitteeId');
    fundEntryId = assertUuid(input.fundEntryId ?? '', 'fundEntryId');
    const compound = await committeeCompound(committeeId);
    if (compound !== outlet.compoundId)
      throw badInput("The owners' committee is not the outlet's compound's", { field: 'ownersCommitteeId' });
    await assertFundPaidIt(fundEntryId, committeeId, outlet.compoundId, amountFen);
  } else if (s === CofundingSource.MERCHANT) {
    merchantName = boundedText(input.merchantName, 'merchantName', 100);
  }
  const note = input.note == null ? null : boundedText(input.note, 'note', 500);
  const same = (c: CofundingContribution) =>
    c.outletId === outletId &&
    c.source === s &&
    c.amountFen === amountFen &&
    c.propertyCompanyId === propertyCompanyId &&
    c.committeeId === committeeId &&
    c.fundEntryId === fundEntryId &&
    c.merchantName === merchantName;
  const replay = async (m: EntityManager) => {
    const first = await m.getRepository(CofundingContribution).findOneBy({ enterpriseId: outlet.enterpriseId, idempotencyKey: key });
    if (first && !same(first)) throw conflict('This idempotencyKey was used for another contribution');
    return first;
  };
  try {
    return await ctx.dataSource.transaction(async (m) => {
      const first = await replay(m);
      if (first) return first;
      const row = stampCreated(
        Object.assign(new CofundingContribution(), {
          id: randomUUID(),
          outletId,
          enterpriseId: outlet.enterpriseId,
          source: s,
          amountFen,
          propertyCompanyId,
          committeeId,
          fundEntryId,
          merchantName,
          note,
          idempotencyKey: key,
        }),
        viewer.actor,
        ctx.clock.now(),
      );
      await m.getRepository(CofundingContribution).insert(row);
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'cofunding_idempotency')) return (await replay(ctx.dataSource.manager))!;
    // A committee fund entry pays for one contribution only: no yuan is counted twice.
    if (isUniqueViolation(error))
      throw conflict('That committee fund entry is already recorded as a contribution', { field: 'fundEntryId' });
    throw error;
  }
}

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
