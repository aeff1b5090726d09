import type { EntityManager } from 'typeorm';
import { requireViewer } from '../../../shared/auth/require-viewer';
import { assertUuid, badInput, forbidden } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { staffCompanies } from '../access/access';
import { CommonArea } from './common-area.entity';

/**
 * Registers (or renames) a compound's common area (公共区域): admins, or staff of a
 * company that holds (or held) a contract in the compound.
 */
export async function defineCommonArea(
  ctx: RequestContext,
  input: { compoundId: string; key: string; name: string; nameZh?: string | null },
): Promise<CommonArea> {
  const viewer = requireViewer(ctx);
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  if (!viewer.isAdmin) {
    const serving = await ctx.dataSource.query(
      'SELECT 1 FROM service_contract WHERE compound_id = $1 AND company_id = ANY($2::uuid[]) LIMIT 1',
      [compoundId, staffCompanies(viewer)],
    );
    if (serving.length === 0) throw forbidden('Only staff of a company serving this compound (or an admin) name its common areas');
  }
  const now = ctx.clock.now();
  // One upsert statement: two staff registering the same area at once cannot collide.
  await ctx.dataSource.query(
    `INSERT INTO common_area (compound_id, area_key, name, name_zh, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $5, $6)
     ON CONFLICT (compound_id, area_key) DO UPDATE SET name = EXCLUDED.name, name_zh = EXCLUDED.name_zh, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [compoundId, input.key, input.name, input.nameZh ?? null, viewer.actor, now],
  );
  return ctx.dataSource.getRepository(CommonArea).findOneByOrFail({ compoundId, key: input.key });
}

/** Whether the compound has a common area with this key. */
export async function isCommonArea(m: EntityManager, compoundId: string, key: string): Promise<boolean> {
  const found = await m.query('SELECT 1 FROM common_area WHERE compound_id = $1 AND area_key = $2', [compoundId, key]);
  return found.length > 0;
}

/** The keys among `keys` that are not common areas of the compound. */
export async function unknownAreaKeys(m: EntityManager, compoundId: string, keys: string[]): Promise<string[]> {
  const known: { area_key: string }[] = await m.query(
    'SELECT area_key FROM common_area WHERE compound_id = $1 AND area_key = ANY($2::text[])',
    [compoundId, keys],
  );
  return keys.filter((k) => !known.some((r) => r.area_key === k));
}

/** The common area a report names (key, English or Chinese name), or BAD_USER_INPUT: a permanent refusal. */
export async function areaKeyNamed(m: EntityManager, compoundId: string, area: string): Promise<string> {
  const rows: { key: string }[] = await m.query(
    `SELECT area_key AS key FROM common_area WHERE compound_id = $1 AND (lower(area_key) = lower($2) OR lower(name) = lower($2) OR name_zh = $2) LIMIT 1`,
    [compoundId, area.trim()],
  );
  if (rows.length === 0) throw badInput(`No common area "${area}" in compound ${compoundId}`, { field: 'area' });
  return rows[0].key;
}
