import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { tokenFor, tokenWith } from '../../support/tokens';
import { codeOf } from '../../support/stack';
import { graphql } from '../../typed';

const Stats = graphql(`
  query PropertyStatsWorkOrders($from: DateTimeISO!, $to: DateTimeISO!, $companyId: ID, $compoundId: ID) {
    workOrderStats(from: $from, to: $to, companyId: $companyId, compoundId: $compoundId) {
      total
      byCategory {
        category
        count
      }
      resolvedCount
      onTimeCount
      onTimeRate
      medianSecondsToResolve
      ratedCount
      averageRating
      everResolvedCount
      reopenedCount
      reopenRate
    }
  }
`);

describe('property: analyst figures on work orders', () => {
  let stack: Stack;
  const company = randomUUID();
  const other = randomUUID();
  const compound = randomUUID();
  const compound2 = randomUUID();
  const period = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.dataSources.property;
    const audit = `'fixture', now(), 'fixture', now()`;
    for (const [id, name] of [
      [company, 'Stats Co'],
      [other, 'Other Co'],
    ]) {
      await db.query(`INSERT INTO property_company (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, ${audit})`, [
        id,
        name,
      ]);
    }
    const contracts: Record<string, string> = {};
    for (const [co, cp] of [
      [company, compound],
      [other, compound],
      [company, compound2],
    ]) {
      const id = randomUUID();
      contracts[`${co}|${cp}`] = id;
      await db.query(
        `INSERT INTO service_contract (id, company_id, compound_id, starts_on, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, '2026-01-01', ${audit})`,
        [id, co, cp],
      );
    }
    const H = 3_600_000;
    const SLA: Record<string, number> = { URGENT: 4 * H, HIGH: 24 * H, NORMAL: 72 * H, LOW: 168 * H };
    // [category, submitted, priority, status, hours to (last) resolution, rating, reopens, ever resolved, company, compound]
    const rows: [string, string, string, string, number | null, number | null, number, boolean, string, string][] = [
      ['PLUMBING', '2026-10-01T00:00:00Z', 'URGENT', 'CONFIRMED', 2, 5, 0, true, company, compound], // on time
      ['PLUMBING', '2026-10-02T00:00:00Z', 'HIGH', 'CONFIRMED', 30, 2, 1, true, company, compound], // late, reopened
      ['ELECTRICAL', '2026-10-05T00:00:00Z', 'NORMAL', 'RESOLVED', 10, null, 0, true, company, compound], // on time
      ['ELECTRICAL', '2026-10-06T00:00:00Z', 'LOW', 'IN_PROGRESS', null, null, 1, true, company, compound], // reopened, open
      ['CLEANING', '2026-10-07T00:00:00Z', 'NORMAL', 'CANCELLED', null, null, 0, false, company, compound],
      ['CLEANING', '2026-10-31T23:59:59Z', 'NORMAL', 'SUBMITTED', null, null, 0, false, company, compound],
      ['PLUMBING', '2026-11-01T00:00:00Z', 'NORMAL', 'CONFIRMED', 1, 1, 0, true, company, compound], // after the period
      ['PLUMBING', '2026-09-30T23:59:59Z', 'NORMAL', 'CONFIRMED', 1, 1, 0, true, company, compound], // before it
      ['PLUMBING', '2026-10-03T00:00:00Z', 'NORMAL', 'CONFIRMED', 100, 1, 0, true, other, compound], // another company
      ['SECURITY', '2026-10-03T00:00:00Z', 'HIGH', 'RESOLVED', 24, null, 0, true, company, compound2], // another compound, exactly at the deadline
    ];
    for (const [category, submitted, priority, status, hours, rating, reopens, ever, co, cp] of rows) {
      const sub = new Date(submitted);
      const resolvedAt = hours === null ? null : new Date(sub.getTime() + hours * H);
      await db.query(
        `INSERT INTO work_order (id, compound_id, company_id, contract_id, kind, area_key, category, priority, description, status, submitted_at, sla_deadline,
           first_resolved_at, resolved_at, rating, reopen_count, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 'COMMON_AREA', 'east-gate', $5, $6, 'fixture', $7, $8, $9, $10, $11, $12, $13, ${audit})`,
        [
          randomUUID(),
          cp,
          co,
          contracts[`${co}|${cp}`],
          category,
          priority,
          status,
          sub,
          new Date(sub.getTime() + SLA[priority]),
          ever ? (resolvedAt ?? new Date(sub.getTime() + H)) : null,
          resolvedAt,
          rating,
          reopens,
        ],
      );
    }
  });
  afterAll(() => stack.stop());

  it('answers the known figures for one company, compound and period', async () => {
    const r = await stack.query(Stats, { ...period, companyId: company, compoundId: compound }, await tokenFor('analyst'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.workOrderStats).toEqual({
      total: 6,
      byCategory: [
        { category: 'CLEANING', count: 2 },
        { category: 'ELECTRICAL', count: 2 },
        { category: 'PLUMBING', count: 2 },
      ],
      resolvedCount: 3,
      onTimeCount: 2,
      onTimeRate: 2 / 3,
      medianSecondsToResolve: 10 * 3600,
      ratedCount: 2,
      averageRating: 3.5,
      everResolvedCount: 4,
      reopenedCount: 2,
      reopenRate: 0.5,
    });
  });

  it('widens to the whole company or compound, and counts resolution exactly at the deadline as on time', async () => {
    const analyst = await tokenFor('analyst');
    const byCompany = (await stack.query(Stats, { ...period, companyId: company }, analyst)).data!.workOrderStats;
    expect([byCompany.total, byCompany.resolvedCount, byCompany.onTimeCount, byCompany.medianSecondsToResolve]).toEqual([
      7,
      4,
      3,
      17 * 3600,
    ]);
    const byCompound = (await stack.query(Stats, { ...period, compoundId: compound }, analyst)).data!.workOrderStats;
    expect([byCompound.total, byCompound.ratedCount, byCompound.averageRating]).toEqual([7, 3, 8 / 3]);
    const empty = (await stack.query(Stats, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' }, analyst)).data!.workOrderStats;
    expect(empty).toMatchObject({
      total: 0,
      byCategory: [],
      onTimeRate: null,
      medianSecondsToResolve: null,
      averageRating: null,
      reopenRate: null,
    });
  });

  it('lets staff see only their own company, and refuses bad periods', async () => {
    const staff = await tokenFor('property_staff', { companyId: company });
    expect((await stack.query(Stats, { ...period, companyId: company }, staff)).data!.workOrderStats.total).toBe(7);
    expect(codeOf(await stack.query(Stats, { ...period, companyId: other }, staff))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(Stats, { ...period }, staff))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stack.query(
          Stats,
          { ...period },
          await tokenWith([{ role: 'resident', compoundId: compound }], { residentId: randomUUID() }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(Stats, { from: period.to, to: period.from }, await tokenFor('analyst')))).toBe('BAD_USER_INPUT');
  });
});
