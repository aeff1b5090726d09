import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { startGateway, RunningGateway } from '../../../gateway/gateway';
import type { SubgraphName } from '../../../shared/config';
import { cloneTemplate, dropDatabase } from '../../support/databases';
import { freePort } from '../../support/free-port';
import { postGraphQL, type TypedDocument } from '../../support/post-graphql';
import { SubgraphProcess } from '../../support/processes';
import { tokenFor } from '../../support/tokens';
import { graphql } from '../../typed';

/**
 * Issue 6, item 6: the settlement rebate reaches the committee's fund exactly once when
 * real processes die. The committee and the enterprise run as child processes (their
 * own `node`, database and port); the enterprise's relay reaches the committee through
 * a small proxy that can hold or lose answers; a gateway in this process serves the
 * reads. Each case asserts the committee's database: one fund entry for the settlement,
 * of the settlement's committee rebate, and `Settlement.fundEntry` through the gateway.
 */

interface FaultyProxy {
  port: number;
  /** Requests that reached the proxy (delivery attempts). */
  requests: number;
  /** Answers the committee gave (applied there, whatever the caller heard). */
  answered: number;
  /** Answers still to lose: the caller's socket is destroyed instead. */
  loseAnswers: number;
  /** While true, answers are held back (the caller waits) until `releaseHeld`. */
  hold: boolean;
  releaseHeld(): void;
  close(): Promise<void>;
}

async function startFaultyProxy(targetPort: number): Promise<FaultyProxy> {
  const held: (() => void)[] = [];
  const proxy: FaultyProxy = {
    port: 0,
    requests: 0,
    answered: 0,
    loseAnswers: 0,
    hold: false,
    releaseHeld: () => held.splice(0).forEach((drop) => drop()),
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    proxy.requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = http.request(
        { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            proxy.answered++;
            if (proxy.hold) {
              held.push(() => req.socket.destroy());
              return;
            }
            if (proxy.loseAnswers > 0) {
              proxy.loseAnswers--;
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      // Committee down: the caller sees a dropped connection, as it would without the proxy.
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      proxy.releaseHeld();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const AUDIT = "'fixture', now(), 'fixture', now()";
const Settle = graphql(`
  mutation EnterpriseRebateFaultsSettle($input: SettleOutletPeriodInput!) {
    settleOutletPeriod(input: $input) {
      id
      committeeRebate {
        fen
      }
      rebate {
        status
        attempts
      }
    }
  }
`);
const Read = graphql(`
  query EnterpriseRebateFaultsRead($id: ID!) {
    settlement(id: $id) {
      id
      committeeRebate {
        fen
      }
      rebate {
        status
        fundEntryId
        failureReason
        attempts
      }
      fundEntry {
        id
        source
        direction
        status
        amount {
          fen
        }
      }
    }
  }
`);
const RebateStatus = graphql(`
  query EnterpriseRebateFaultsRebateStatus($id: ID!) {
    settlement(id: $id) {
      rebate {
        status
        failureReason
      }
    }
  }
`);

describe('settlement rebate with real processes killed and answers lost (exactly one fund entry)', () => {
  const enterpriseId = randomUUID();
  const compoundId = randomUUID();
  const committeeId = randomUUID();
  const companyId = randomUUID();
  const databases: Partial<Record<SubgraphName, string>> = {};
  let committee: SubgraphProcess;
  let enterprise: SubgraphProcess;
  let proxy: FaultyProxy | undefined;
  let gateway: RunningGateway | undefined;
  let committeeDb: Client | undefined;
  let enterpriseDb: Client | undefined;
  let staff: string;

  beforeAll(async () => {
    databases.committee = await cloneTemplate('committee');
    databases.enterprise = await cloneTemplate('enterprise');
    committeeDb = new Client({ connectionString: databases.committee });
    enterpriseDb = new Client({ connectionString: databases.enterprise });
    await Promise.all([committeeDb.connect(), enterpriseDb.connect()]);
    await committeeDb.query(
      `INSERT INTO owners_committee (id, compound_id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'Fault test committee', ${AUDIT})`,
      [committeeId, compoundId],
    );
    await enterpriseDb.query(
      `INSERT INTO social_enterprise (id, name, created_by, created_at, updated_by, updated_at) VALUES ($1, 'Fault test enterprise', ${AUDIT})`,
      [enterpriseId],
    );

    const [committeePort, enterprisePort, nobody] = [await freePort(), await freePort(), await freePort()];
    proxy = await startFaultyProxy(committeePort);
    // Party and property are not needed by a settlement; they point at a port nobody listens on.
    const dead = `http://127.0.0.1:${nobody}/graphql`;
    const common = { DATABASE_URL: '', PARTY_URL: dead, PROPERTY_URL: dead };
    committee = new SubgraphProcess('committee', committeePort, {
      ...common,
      COMMITTEE_DATABASE_URL: databases.committee,
      ENTERPRISE_URL: `http://127.0.0.1:${enterprisePort}/graphql`,
    });
    enterprise = new SubgraphProcess('enterprise', enterprisePort, {
      ...common,
      ENTERPRISE_DATABASE_URL: databases.enterprise,
      // The enterprise's relay reaches the committee through the proxy.
      COMMITTEE_URL: `http://127.0.0.1:${proxy.port}/graphql`,
      RELAY_POLL_MS: '100',
      RELAY_RETRY_BASE_MS: '200',
      RELAY_RETRY_MAX_MS: '1000',
    });
    await Promise.all([committee.start(), enterprise.start()]);
    const urls: Record<SubgraphName, string> = {
      party: dead,
      property: dead,
      committee: committee.url,
      enterprise: enterprise.url,
      notify: dead,
    };
    gateway = await startGateway(0, { urlOf: (name) => urls[name] });
    staff = await tokenFor('enterprise_staff', { enterpriseId });
  });

  afterAll(async () => {
    // Every step on its own: a failed case must not leave a process or a database behind.
    const steps = [
      () => committee?.kill('SIGKILL'),
      () => enterprise?.kill('SIGKILL'),
      () => proxy?.close(),
      () => gateway?.stop(),
      () => committeeDb?.end(),
      () => enterpriseDb?.end(),
      ...Object.values(databases).map((url) => () => dropDatabase(url)),
    ];
    for (const step of steps) {
      try {
        await step();
      } catch {
        // keep cleaning up
      }
    }
  });

  async function query<R, V extends object>(document: TypedDocument<R, V>, variables: V): Promise<R> {
    const body = await postGraphQL(gateway!.url, document, variables, { authorization: `Bearer ${staff}` });
    if (body.errors)
      throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}\ncommittee:\n${committee.logs()}\nenterprise:\n${enterprise.logs()}`);
    return body.data!;
  }

  /** An outlet of its own with an 80/20 agreement (whole property share returned) and one month of sales. */
  async function outletWithSales(saleFen: number): Promise<string> {
    const outletId = randomUUID();
    await enterpriseDb!.query(
      `INSERT INTO outlet (id, enterprise_id, compound_id, kind, name, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, 'VEG_SHOP', $4, ${AUDIT})`,
      [outletId, enterpriseId, compoundId, `Shop ${outletId.slice(0, 8)}`],
    );
    await enterpriseDb!.query(
      `INSERT INTO revenue_share_agreement (id, outlet_id, enterprise_id, compound_id, property_company_id, committee_id, enterprise_bp, property_bp, rebate_bp, effective_from, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 8000, 2000, 10000, '2026-01', ${AUDIT})`,
      [randomUUID(), outletId, enterpriseId, compoundId, companyId, committeeId],
    );
    await enterpriseDb!.query(
      `INSERT INTO outlet_entry (id, outlet_id, kind, amount_fen, occurred_at, source, created_by, created_at) VALUES ($1, $2, 'SALE', $3, '2026-10-05T02:00:00Z', 'fixture', 'fixture', now())`,
      [randomUUID(), outletId, String(saleFen)],
    );
    return outletId;
  }

  async function settle(outletId: string): Promise<{ id: string; rebateFen: string }> {
    const data = await query(Settle, { input: { outletId, period: '2026-10', idempotencyKey: `settle-${outletId}` } });
    const s = data.settleOutletPeriod;
    // Settlement's figures are nullable in the graph (the README's nullability rule); a settlement of sales has its rebate.
    const rebateFen = s.committeeRebate!.fen;
    expect(BigInt(rebateFen) > 0n).toBe(true);
    return { id: s.id, rebateFen };
  }

  const fundEntriesOf = async (settlementId: string) =>
    (
      await committeeDb!.query(
        `SELECT id, amount_fen::text AS amount, source, direction, status FROM fund_entry WHERE settlement_id = $1`,
        [settlementId],
      )
    ).rows;
  const outboxOf = async (settlementId: string) =>
    (await enterpriseDb!.query(`SELECT status, attempts, last_error FROM handover_outbox WHERE record_id = $1`, [settlementId])).rows[0];

  /** The end every case must reach: DELIVERED, one fund entry of the rebate, resolvable through the gateway. */
  async function expectDeliveredOnce(settlementId: string, rebateFen: string): Promise<string> {
    const read = await waitFor('the rebate to be DELIVERED', async () => {
      const data = await query(Read, { id: settlementId });
      return data.settlement.rebate?.status === 'DELIVERED' ? data.settlement : undefined;
    });
    const entries = await fundEntriesOf(settlementId);
    expect(entries).toEqual([
      { id: expect.any(String), amount: rebateFen, source: 'SETTLEMENT_REBATE', direction: 'INCOME', status: 'POSTED' },
    ]);
    expect(read).toMatchObject({
      committeeRebate: { fen: rebateFen },
      rebate: { status: 'DELIVERED', fundEntryId: entries[0].id, failureReason: null },
      fundEntry: { id: entries[0].id, source: 'SETTLEMENT_REBATE', direction: 'INCOME', status: 'POSTED', amount: { fen: rebateFen } },
    });
    // The committee received it once: one receipt under the settlement's key.
    const receipts = await committeeDb!.query(
      `SELECT count(*)::int AS n FROM handover_inbox WHERE topic = 'settlement.rebate' AND record_id = $1`,
      [settlementId],
    );
    expect(receipts.rows[0].n).toBe(1);
    return entries[0].id;
  }

  it('(a) committee killed (SIGKILL) before the settlement: the rebate stays PENDING, and after a restart exactly one fund entry', async () => {
    const outletId = await outletWithSales(10_000);
    await committee.kill('SIGKILL');
    expect(committee.running()).toBe(false);
    const { id, rebateFen } = await settle(outletId);
    expect(rebateFen).toBe('2000');
    // The relay tries, cannot reach the committee, and keeps it PENDING.
    const pending = await waitFor('a failed attempt', async () => {
      const row = await outboxOf(id);
      return row?.attempts >= 1 ? row : undefined;
    });
    expect(pending).toMatchObject({ status: 'PENDING' });
    expect(pending.last_error).toMatch(/^SERVICE_UNAVAILABLE/);
    const viaEnterprise = await postGraphQL(gateway!.url, RebateStatus, { id }, { authorization: `Bearer ${staff}` });
    expect(viaEnterprise.data?.settlement.rebate).toMatchObject({
      status: 'PENDING',
      failureReason: expect.stringMatching(/SERVICE_UNAVAILABLE/),
    });
    expect(await fundEntriesOf(id)).toEqual([]);

    await committee.start();
    await expectDeliveredOnce(id, rebateFen);
  });

  it('(b) enterprise killed (SIGKILL) after the committee applied the rebate but before it heard back, then restarted: still exactly one fund entry', async () => {
    const outletId = await outletWithSales(12_345);
    const answeredBefore = proxy!.answered;
    proxy!.hold = true;
    const { id, rebateFen } = await settle(outletId);
    // The committee has applied it; its answer is held, so the enterprise's claim is still open.
    await waitFor('the committee to answer', async () => proxy!.answered > answeredBefore);
    const [applied] = await fundEntriesOf(id);
    expect(applied).toMatchObject({ amount: rebateFen });
    await enterprise.kill('SIGKILL');
    proxy!.releaseHeld();
    proxy!.hold = false;
    // The enterprise's transaction died with it: the rebate is still PENDING there.
    expect(await outboxOf(id)).toMatchObject({ status: 'PENDING' });

    const requestsBefore = proxy!.requests;
    await enterprise.start();
    const fundEntryId = await expectDeliveredOnce(id, rebateFen);
    // Delivered again after the restart, and the committee answered with the first entry.
    expect(fundEntryId).toBe(applied.id);
    expect(proxy!.requests).toBeGreaterThan(requestsBefore);
  });

  it('(c) a lost answer: the committee applied it, the enterprise never heard, the retry returns the same fund entry', async () => {
    const outletId = await outletWithSales(777);
    const requestsBefore = proxy!.requests;
    proxy!.loseAnswers = 1;
    const { id, rebateFen } = await settle(outletId);
    await expectDeliveredOnce(id, rebateFen);
    expect(proxy!.loseAnswers).toBe(0);
    expect(proxy!.requests - requestsBefore).toBe(2);
    const row = await outboxOf(id);
    expect(row).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });
});
