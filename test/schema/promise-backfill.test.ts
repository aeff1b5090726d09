import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { SUBGRAPHS } from '../../subgraphs';
import { cloneTemplate, dropDatabase } from '../support/databases';

/**
 * The migration that stores each report's promise start (issue 14) backfills the reports
 * already there from their filing time and their compound's zone and calendar, and gives
 * them no due rows (escalation starts with the reports filed after it).
 */
describe('party migration PromiseAndEscalation: the backfill of existing reports', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await cloneTemplate('party');
    const def = SUBGRAPHS.party;
    ({ dataSource } = createSubgraphDataSource({ url, entities: def.entities, migrations: def.migrations, poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  it('sets promise_started_at by duty hours and the calendar, NOT NULL after', async () => {
    // Back to just before PromiseAndEscalation (and whatever came after it).
    const applied = async () => (await dataSource.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((m) => m.name);
    while ((await applied()).includes('PromiseAndEscalation1796178900100')) await dataSource.undoLastMigration();
    const audit = `'test', now(), 'test', now()`;
    const street = randomUUID();
    const community = randomUUID();
    const shanghai = randomUUID();
    const newYork = randomUUID();
    await dataSource.query(
      `INSERT INTO street (id, name, city, created_by, created_at, updated_by, updated_at) VALUES ($1, 'S', 'Tianjin', ${audit})`,
      [street],
    );
    await dataSource.query(
      `INSERT INTO community (id, street_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'C', ${audit})`,
      [community, street],
    );
    await dataSource.query(
      `INSERT INTO compound (id, community_id, name, time_zone, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $3, 'SH', 'Asia/Shanghai', ${audit}), ($2, $3, 'NY', 'America/New_York', ${audit})`,
      [shanghai, newYork, community],
    );
    // Monday 23 November is a holiday in the Shanghai compound.
    await dataSource.query(
      `INSERT INTO compound_calendar_day (compound_id, day, kind, created_by, created_at, updated_by, updated_at) VALUES ($1, '2026-11-23', 'HOLIDAY', ${audit})`,
      [shanghai],
    );
    const reports: [string, string, string][] = [
      [shanghai, '2026-11-20T10:00:00+08:00', '2026-11-20T02:00:00.000Z'], // Friday in hours: at once
      [shanghai, '2026-11-21T10:00:00+08:00', '2026-11-24T00:30:00.000Z'], // Saturday → Tuesday (Monday a holiday)
      [newYork, '2026-11-23T01:00:00Z', '2026-11-23T13:30:00.000Z'], // Sunday 20:00 in New York → Monday 08:30 EST
    ];
    const ids: string[] = [];
    for (const [compound, at] of reports) {
      const id = randomUUID();
      ids.push(id);
      await dataSource.query(
        `INSERT INTO issue_report (id, compound_id, area, category, description, source, reporter_id, status, reported_at, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, 'gate', 'OTHER', 'x', 'GRID_WORKER', 'test', 'SUBMITTED', $3, ${audit})`,
        [id, compound, at],
      );
    }
    await dataSource.runMigrations();
    const rows: { id: string; start: Date; level: number }[] = await dataSource.query(
      `SELECT id, promise_started_at AS start, escalation_level AS level FROM issue_report WHERE id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.map((id) => [byId.get(id)!.start.toISOString(), byId.get(id)!.level])).toEqual(reports.map(([, , start]) => [start, 0]));
    expect(Number((await dataSource.query(`SELECT count(*)::int AS n FROM report_escalation`))[0].n)).toBe(0);
    const [column] = await dataSource.query(
      `SELECT is_nullable FROM information_schema.columns WHERE table_name = 'issue_report' AND column_name = 'promise_started_at'`,
    );
    expect(column.is_nullable).toBe('NO');
  });
});
