import { In } from 'typeorm';
import type { RequestContext } from '../../../shared/server/context';
import { Need } from './need.entity';
import { Resource } from './resource.entity';

/** A project's needs: two statements for every project of a page (the links, then the needs). */
export const needsByProject = (ctx: RequestContext) =>
  ctx.loaders.get<string, Need[]>('needsByProject', async (ids) => {
    const rows: { project_id: string; id: string }[] = await ctx.dataSource.query(
      `SELECT project_id, need_id AS id FROM project_need WHERE project_id = ANY($1)`,
      [[...ids]],
    );
    const needs = await ctx.dataSource.getRepository(Need).find({ where: { id: In(rows.map((r) => r.id)) }, order: { seq: 'ASC' } });
    return ids.map((pid) => needs.filter((n) => rows.some((r) => r.project_id === pid && r.id === n.id)));
  });

/** A project's resources: two statements for every project of a page (the links, then the resources). */
export const resourcesByProject = (ctx: RequestContext) =>
  ctx.loaders.get<string, Resource[]>('resourcesByProject', async (ids) => {
    const rows: { project_id: string; id: string }[] = await ctx.dataSource.query(
      `SELECT project_id, resource_id AS id FROM project_resource WHERE project_id = ANY($1)`,
      [[...ids]],
    );
    const resources = await ctx.dataSource
      .getRepository(Resource)
      .find({ where: { id: In(rows.map((r) => r.id)) }, order: { seq: 'ASC' } });
    return ids.map((pid) => resources.filter((n) => rows.some((r) => r.project_id === pid && r.id === n.id)));
  });
