import { randomUUID } from 'node:crypto';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { EntityManager, In } from 'typeorm';
import { stampCreated, stampUpdated } from '../../../shared/audit/audited';
import type { Viewer } from '../../../shared/auth/viewer';
import { assertUuid, badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { Connection, PageArgs, paginate } from '../../../shared/pagination/connection';
import type { RequestContext } from '../../../shared/server/context';
import { assertCompoundRole } from '../common/access';
import { inTransaction } from '../common/tx';
import { optionalText, requiredText } from '../common/validation';
import { Compound } from '../org-tree/compound.entity';
import { PartyMember } from '../party-org/party-org.entity';
import { Resident } from '../resident/resident.entity';
import { visibleResident } from '../resident/resident.loaders';
import { MicroWish, Need, NeedSource, Project, Resource, ResourceKind, WishStatus } from './lists.entity';
import { requireViewer } from '../../../shared/auth/require-viewer';

@ObjectType()
export class NeedConnection extends Connection(Need) {}
@ObjectType()
export class ResourceConnection extends Connection(Resource) {}
@ObjectType()
export class ProjectConnection extends Connection(Project) {}
@ObjectType()
export class MicroWishConnection extends Connection(MicroWish) {}

@InputType()
export class AddNeedInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => NeedSource) source: NeedSource;
}

@InputType()
export class AddResourceInput {
  @Field(() => ID) compoundId: string;
  @Field(() => ResourceKind) kind: ResourceKind;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'Needs of the same compound it answers (at least one).' }) needIds: string[];
  @Field(() => [ID], { description: 'Resources of the same compound it uses (at least one).' }) resourceIds: string[];
}

@InputType()
export class PostMicroWishInput {
  @Field(() => ID) compoundId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A grid worker posting for a resident names them; a resident posts for themselves.' })
  residentId?: string | null;
}

@ArgsType()
export class MicroWishPageArgs extends PageArgs {
  @Field(() => WishStatus, { nullable: true }) status?: WishStatus | null;
}

const GRID_ROLES = ['grid_worker', 'party_secretary', 'admin'] as const;

function page<T extends { id: string; seq: string }>(
  ctx: RequestContext,
  target: new () => T,
  compoundId: string,
  args: PageArgs,
  extra?: (qb: any) => void,
) {
  const qb = ctx.dataSource.getRepository(target).createQueryBuilder('x').where('x.compound_id = :id', { id: compoundId });
  extra?.(qb);
  return paginate(qb, args, { column: 'x.seq', idColumn: 'x.id', valueOf: (x: T) => String(x.seq), idOf: (x: T) => x.id });
}

async function idsInCompound(
  m: EntityManager,
  target: typeof Need | typeof Resource,
  raw: string[],
  compoundId: string,
  field: string,
): Promise<string[]> {
  const ids = [...new Set(raw.map((id) => assertUuid(id, field)))];
  if (ids.length === 0) throw badInput(`${field} must name at least one`, { field });
  const rows = await m.getRepository(target).findBy({ id: In(ids), compoundId });
  if (rows.length !== ids.length) throw badInput(`${field} names something that is not in this compound`, { field });
  return ids;
}

/** A wish is claimed by a volunteer of its compound or a Party member who reported in there. */
async function assertMayClaim(m: EntityManager, viewer: Viewer, compoundId: string): Promise<void> {
  if (viewer.isAdmin || viewer.compoundsWith('volunteer').includes(compoundId)) return;
  if (viewer.hasRole('party_member')) {
    const member = await m.findOneBy(PartyMember, { compoundId, userId: viewer.actor });
    if (member?.reportedInAt) return;
  }
  throw forbidden('Volunteers of this compound and Party members who reported in here claim its wishes');
}

@Resolver(() => Project)
export class ListsResolver {
  @Authorized(...GRID_ROLES)
  @Mutation(() => Need, { description: 'Add to the needs list (需求清单).' })
  async addNeed(@Arg('input', () => AddNeedInput) input: AddNeedInput, @Ctx() ctx: RequestContext): Promise<Need> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const row = Object.assign(new Need(), {
      id: randomUUID(),
      compoundId,
      title: requiredText(input.title, 'title', 100),
      description: optionalText(input.description, 'description', 1000),
      source: input.source,
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.insert(Need, row);
      return row;
    });
  }

  @Authorized(...GRID_ROLES)
  @Mutation(() => Resource, { description: 'Add to the resources list (资源清单).' })
  async addResource(@Arg('input', () => AddResourceInput) input: AddResourceInput, @Ctx() ctx: RequestContext): Promise<Resource> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const row = Object.assign(new Resource(), {
      id: randomUUID(),
      compoundId,
      kind: input.kind,
      name: requiredText(input.name, 'name', 100),
      contact: optionalText(input.contact, 'contact', 100),
      description: optionalText(input.description, 'description', 1000),
    });
    stampCreated(row, viewer.actor, ctx.clock.now());
    return inTransaction(ctx, async (m) => {
      if (!(await m.findOneBy(Compound, { id: compoundId }))) throw notFound('Compound', compoundId);
      await m.insert(Resource, row);
      return row;
    });
  }

  @Authorized(...GRID_ROLES)
  @Mutation(() => Project, { description: 'Add to the projects list (项目清单): match needs to resources of the same compound.' })
  async createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: RequestContext): Promise<Project> {
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const viewer = assertCompoundRole(ctx, compoundId);
    const title = requiredText(input.title, 'title', 100);
    const description = optionalText(input.description, 'description', 1000);
    return inTransaction(ctx, async (m) => {
      const needIds = await idsInCompound(m, Need, input.needIds, compoundId, 'needIds');
      const resourceIds = await idsInCompound(m, Resource, input.resourceIds, compoundId, 'resourceIds');
      const row = Object.assign(new Project(), { id: randomUUID(), compoundId, title, description });
      stampCreated(row, viewer.actor, ctx.clock.now());
      await m.insert(Project, row);
      await m.query(`INSERT INTO project_need (project_id, need_id) SELECT $1, unnest($2::uuid[])`, [row.id, needIds]);
      await m.query(`INSERT INTO project_resource (project_id, resource_id) SELECT $1, unnest($2::uuid[])`, [row.id, resourceIds]);
      return row;
    });
  }

  @FieldResolver(() => [Need])
  needs(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<Need[]> {
    return ctx.loaders
      .get<string, Need[]>('needsByProject', async (ids) => {
        const rows: { project_id: string; id: string }[] = await ctx.dataSource.query(
          `SELECT project_id, need_id AS id FROM project_need WHERE project_id = ANY($1)`,
          [[...ids]],
        );
        const needs = await ctx.dataSource.getRepository(Need).find({ where: { id: In(rows.map((r) => r.id)) }, order: { seq: 'ASC' } });
        return ids.map((pid) => needs.filter((n) => rows.some((r) => r.project_id === pid && r.id === n.id)));
      })
      .load(p.id);
  }

  @FieldResolver(() => [Resource])
  resources(@Root() p: Project, @Ctx() ctx: RequestContext): Promise<Resource[]> {
    return ctx.loaders
      .get<string, Resource[]>('resourcesByProject', async (ids) => {
        const rows: { project_id: string; id: string }[] = await ctx.dataSource.query(
          `SELECT project_id, resource_id AS id FROM project_resource WHERE project_id = ANY($1)`,
          [[...ids]],
        );
        const resources = await ctx.dataSource
          .getRepository(Resource)
          .find({ where: { id: In(rows.map((r) => r.id)) }, order: { seq: 'ASC' } });
        return ids.map((pid) => resources.filter((n) => rows.some((r) => r.project_id === pid && r.id === n.id)));
      })
      .load(p.id);
  }
}

@Resolver(() => MicroWish)
export class MicroWishResolver {
  @Authorized('resident', 'owner', 'grid_worker', 'party_secretary', 'admin')
  @Mutation(() => MicroWish, { description: 'Post a micro-wish (微心愿): a resident for themselves, or the grid for a resident.' })
  async postMicroWish(@Arg('input', () => PostMicroWishInput) input: PostMicroWishInput, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    const viewer = requireViewer(ctx);
    const compoundId = assertUuid(input.compoundId, 'compoundId');
    const title = requiredText(input.title, 'title', 100);
    const description = optionalText(input.description, 'description', 1000);
    const forResident = input.residentId ? assertUuid(input.residentId, 'residentId') : null;
    const isGrid = viewer.canActInCompound(compoundId, 'grid_worker', 'party_secretary');
    if (!isGrid && !viewer.compoundsWith('resident', 'owner').includes(compoundId))
      throw forbidden('Residents of this compound, or its grid, post wishes here');
    const residentId = isGrid ? forResident : (viewer.residentId ?? null);
    return inTransaction(ctx, async (m) => {
      if (residentId) {
        const resident = await m.findOneBy(Resident, { id: residentId });
        if (!resident || resident.compoundId !== compoundId)
          throw badInput('The resident does not live in this compound', { field: 'residentId' });
      }
      const row = Object.assign(new MicroWish(), {
        id: randomUUID(),
        compoundId,
        residentId,
        postedBy: viewer.actor,
        title,
        description,
        status: WishStatus.OPEN,
        claimedBy: null,
        claimedAt: null,
        fulfilledAt: null,
      });
      stampCreated(row, viewer.actor, ctx.clock.now());
      await m.insert(MicroWish, row);
      return row;
    });
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'Claim an open wish; each wish is claimed once.' })
  claimMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return wishChange(ctx, id, async (m, wish, viewer, now) => {
      await assertMayClaim(m, viewer, wish.compoundId);
      if (wish.status !== WishStatus.OPEN) throw conflict(`The wish is ${wish.status}, not open`, { status: wish.status });
      Object.assign(wish, { status: WishStatus.CLAIMED, claimedBy: viewer.actor, claimedAt: now });
    });
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'The claimer fulfils the wish.' })
  fulfilMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return wishChange(ctx, id, async (_m, wish, viewer, now) => {
      assertClaimer(wish, viewer);
      Object.assign(wish, { status: WishStatus.FULFILLED, fulfilledAt: now });
    });
  }

  @Authorized('volunteer', 'party_member', 'admin')
  @Mutation(() => MicroWish, { description: 'The claimer gives the wish back for someone else.' })
  releaseMicroWish(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MicroWish> {
    return wishChange(ctx, id, async (_m, wish, viewer) => {
      assertClaimer(wish, viewer);
      Object.assign(wish, { status: WishStatus.OPEN, claimedBy: null, claimedAt: null });
    });
  }

  @FieldResolver(() => Resident, { nullable: true, description: 'Whose wish it is, if you may see them.' })
  resident(@Root() w: MicroWish, @Ctx() ctx: RequestContext): Promise<Resident | null> {
    return w.residentId ? visibleResident(ctx, w.residentId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean)
  claimedByMe(@Root() w: MicroWish, @Ctx() ctx: RequestContext): boolean {
    return w.claimedBy === requireViewer(ctx).actor;
  }
}

function assertClaimer(wish: MicroWish, viewer: Viewer): void {
  if (wish.status !== WishStatus.CLAIMED) throw conflict(`The wish is ${wish.status}, not claimed`, { status: wish.status });
  if (wish.claimedBy !== viewer.actor) throw forbidden('Only whoever claimed the wish may fulfil or release it');
}

async function wishChange(
  ctx: RequestContext,
  rawId: string,
  change: (m: EntityManager, wish: MicroWish, viewer: Viewer, now: Date) => Promise<void>,
): Promise<MicroWish> {
  const id = assertUuid(rawId);
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (m) => {
    const wish = await m.findOne(MicroWish, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!wish) throw notFound('MicroWish', id);
    await change(m, wish, viewer, now);
    stampUpdated(wish, viewer.actor, now);
    return m.save(wish);
  });
}

@Resolver(() => Compound)
export class CompoundListsResolver {
  @FieldResolver(() => NeedConnection, { description: 'The needs list, oldest first.' })
  needs(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return page(ctx, Need, c.id, args);
  }

  @FieldResolver(() => ResourceConnection, { description: 'The resources list, oldest first.' })
  resources(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return page(ctx, Resource, c.id, args);
  }

  @FieldResolver(() => ProjectConnection, { description: 'The projects list, oldest first.' })
  projects(@Root() c: Compound, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return page(ctx, Project, c.id, args);
  }

  @FieldResolver(() => MicroWishConnection, { description: 'Micro-wishes, oldest first.' })
  microWishes(@Root() c: Compound, @Args(() => MicroWishPageArgs) args: MicroWishPageArgs, @Ctx() ctx: RequestContext) {
    return page(ctx, MicroWish, c.id, args, (qb) => args.status && qb.andWhere('x.status = :status', { status: args.status }));
  }
}
