import type { EntityManager } from 'typeorm';

/**
 * One multi-row INSERT per table from column arrays (`unnest`), ON CONFLICT DO NOTHING:
 * thousands of demo rows in one round trip, and a second run adds nothing.
 */
export async function bulkInsert(m: EntityManager, table: string, columns: Record<string, string>, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const types = Object.values(columns);
  const arrays = names.map((_, i) => rows.map((r) => r[i]));
  const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  await m.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT DO NOTHING`, arrays);
}
