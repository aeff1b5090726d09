import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { stampCreated } from '../../../shared/audit/audited';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { inTransaction } from '../../../shared/db/transaction';
import { assertUuid, badInput } from '../../../shared/errors';
import { bySeq, defineList } from '../../../shared/pagination/list-query';
import type { RequestContext } from '../../../shared/server/context';
import { boundedText, optionalText } from '../../../shared/validation';
import { assertCompoundRole } from '../access/access';
import { Compound } from '../org-tree/compound.entity';
import type { AddNeedInput, AddResourceInput, CreateProjectInput } from './lists.types';
import { Need } from './need.entity';
import { Project } from './project.entity';
import { Resource } from './resource.entity';

/** The needs list (需求清单) of a compound, oldest first. */
export const needList = defineList<Need, { compoundId: string }>({
  entity: Need,
  alias: 'n',
  filters: { compoundId: (qb, id) => qb.andWhere('n.compound_id = :id', { id }) },
  order: bySeq('n'),
});

/** The resources list (资源清单) of a compound, oldest first. */
export const resourceList = defineList<Resource, { compoundId: string }>({
  entity: Resource,
  alias: 'r',
  filters: { compoundId: (qb, id) => qb.andWhere('r.compound_id = :id', { id }) },
  order: bySeq('r'),
});

/** The projects list (项目清单) of a compound, oldest first. */
export const projectList = defineList<Project, { compoundId: string }>({
  entity: Project,
  alias: 'p',
  filters: { compoundId: (qb, id) => qb.andWhere('p.compound_id = :id', { id }) },
  order: bySeq('p'),
});

/** The ids, each once, all of the compound's own list; at least one. */
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

/** The grid adds to the needs list. */
export async function addNeed(ctx: RequestContext, input: AddNeedInput): Promise<Need> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const row = Object.assign(new Need(), {
    id: randomUUID(),
    compoundId,
    title: boundedText(input.title, 'title', 100),
    description: optionalText(input.description, 'description', 1000),
    source: input.source,
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.insert(Need, row);
    return row;
  });
}

/** The grid adds to the resources list. */
export async function addResource(ctx: RequestContext, input: AddResourceInput): Promise<Resource> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const row = Object.assign(new Resource(), {
    id: randomUUID(),
    compoundId,
    kind: input.kind,
    name: boundedText(input.name, 'name', 100),
    contact: optionalText(input.contact, 'contact', 100),
    description: optionalText(input.description, 'description', 1000),
  });
  stampCreated(row, viewer.actor, ctx.clock.now());
  return inTransaction(ctx, async (m) => {
    await loadOrNotFound(m.findOneBy(Compound, { id: compoundId }), 'Compound', compoundId);
    await m.insert(Resource, row);
    return row;
  });
}

/** The grid adds a project that matches needs to resources of the same compound. */
export async function createProject(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const viewer = assertCompoundRole(ctx, compoundId);
  const title = boundedText(input.title, 'title', 100);
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
