import fs from 'node:fs';
import type { EmbeddedServer } from '../../shared/db/embedded';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as Record<string, unknown>).__DOORSTEP_PG__ as { server: EmbeddedServer; dataDir: string } | undefined;
  if (!pg) return;
  await pg.server.stop();
  fs.rmSync(pg.dataDir, { recursive: true, force: true });
}
