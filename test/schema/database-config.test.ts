import { randomBytes } from 'node:crypto';
import { databaseUrlOf } from '../../shared/config';
import { openDatabase } from '../../shared/server/run-subgraph';
import { SUBGRAPHS } from '../../subgraphs';
import { dropDatabase, testServerUrl, withDatabase } from '../support/databases';

/** With DATABASE_URL (or one URL per subgraph) the services use that server: each its own database, created if missing. */
describe('database configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('gives each subgraph its own database on the DATABASE_URL server; a per-subgraph URL wins', () => {
    delete process.env.PARTY_DATABASE_URL;
    delete process.env.COMMITTEE_DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://doorstep:secret@db.example:5432/postgres';
    expect(databaseUrlOf('party')).toBe('postgres://doorstep:secret@db.example:5432/doorstep_party');
    expect(databaseUrlOf('enterprise')).toBe('postgres://doorstep:secret@db.example:5432/doorstep_enterprise');
    process.env.COMMITTEE_DATABASE_URL = 'postgres://c:pw@other:6543/committee_prod';
    expect(databaseUrlOf('committee')).toBe('postgres://c:pw@other:6543/committee_prod');
    delete process.env.DATABASE_URL;
    delete process.env.COMMITTEE_DATABASE_URL;
    expect(databaseUrlOf('party')).toBeUndefined();
  });

  it('creates a missing database and migrates it, and a second start finds it up to date', async () => {
    const url = withDatabase(testServerUrl(), `t_created_${randomBytes(4).toString('hex')}`);
    try {
      const first = await openDatabase(SUBGRAPHS.committee, url, true);
      expect(await first.showMigrations()).toBe(false);
      const tables = await first.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'owners_committee'`,
      );
      expect(tables[0].n).toBe(1);
      await first.destroy();
      const second = await openDatabase(SUBGRAPHS.committee, url, true);
      expect(await second.showMigrations()).toBe(false);
      await second.destroy();
    } finally {
      await dropDatabase(url);
    }
  });
});
