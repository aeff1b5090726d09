import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEMO_ENTERPRISES, demoCompound } from '../../../shared/demo/manifest';

/** A fresh outlet of a demo enterprise, so a test's figures never mix with demo data. */
export async function makeOutlet(
  ds: DataSource,
  opts: { enterpriseKey?: string; compoundKey?: string; kind?: string; name?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const enterpriseId = DEMO_ENTERPRISES.find((e) => e.key === (opts.enterpriseKey ?? 'kuiguangta-se'))!.id;
  await ds.query(
    `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, created_by, created_at, updated_by, updated_at)
     VALUES ($1,$2,$3,$4,$5,'fixture',now(),'fixture',now())`,
    [
      id,
      enterpriseId,
      demoCompound(opts.compoundKey ?? 'kuiguangta').id,
      opts.kind ?? 'VEG_SHOP',
      opts.name ?? `Test outlet ${id.slice(0, 8)}`,
    ],
  );
  return id;
}

/** A ledger line written straight into the table (as the shop's operations would). */
export async function ledger(
  ds: DataSource,
  outletId: string,
  kind: 'SALE' | 'COST_OF_GOODS',
  amountFen: bigint | number,
  at: string,
): Promise<void> {
  await ds.query(
    `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, created_by, created_at) VALUES ($1,$2,$3,$4,$5,'fixture','fixture',$5)`,
    [randomUUID(), outletId, kind, amountFen.toString(), at],
  );
}

export const ENTERPRISE_ID = (key = 'kuiguangta-se') => DEMO_ENTERPRISES.find((e) => e.key === key)!.id;
