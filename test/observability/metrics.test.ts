import { startGateway } from '../../gateway/gateway';
import { STAKEHOLDER_NAMES, SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import { demoCompound } from '../../shared/demo/manifest';
import { enqueueHandover } from '../../shared/handover/outbox';
import { REPORT_TO_PROPERTY_TOPIC } from '../../shared/handover/topics';
import type { BackgroundWorker } from '../../shared/server/subgraph-service';
import { SUBGRAPHS } from '../../subgraphs';
import { FIRST_LOOK } from '../support/first-look';
import { parsePrometheus, valueOf, type Sample } from '../support/prometheus';
import { startStack, UNSHED, type Stack } from '../support/stack';
import { tokenFor } from '../support/tokens';
import { graphql } from '../typed';

/** An analyst only reads: refused once the operation is known, and counted under its name. */
const Refused = graphql(`
  mutation MetricsRefused($id: ID!) {
    respondToIssueReport(id: $id, note: "x") {
      id
    }
  }
`);

const ReportIssue = graphql(`
  mutation MetricsReportIssue($i: ReportIssueInput!) {
    reportIssue(input: $i) {
      id
    }
  }
`);

const Respond = graphql(`
  mutation MetricsRespond($id: ID!, $note: String) {
    respondToIssueReport(id: $id, note: $note) {
      id
    }
  }
`);

const HandToProperty = graphql(`
  mutation MetricsHandToProperty($id: ID!, $note: String) {
    handIssueReportToProperty(id: $id, note: $note) {
      status
    }
  }
`);

/**
 * `/metrics` of the gateway and the subgraphs, read as Prometheus reads it, before and
 * after real requests through the gateway: the numbers must move by what was done.
 */
describe('metrics: /metrics on the gateway and on every subgraph', () => {
  let stack: Stack;
  let analyst: string;
  const compoundId = demoCompound('liulang-dongyuan').id;

  beforeAll(async () => {
    stack = await startStack({ seedDemo: true });
    analyst = await tokenFor('analyst');
  });
  afterAll(() => stack.stop());

  const urlOf = (service: SubgraphName | 'gateway', path: string) =>
    new URL(path, service === 'gateway' ? stack.gatewayUrl : stack.directory.urlOf(service)).toString();

  async function scrape(service: SubgraphName | 'gateway'): Promise<Sample[]> {
    const response = await fetch(urlOf(service, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheus(await response.text());
  }

  const requests = (samples: Sample[], operation: string, outcome: 'ok' | 'error') =>
    valueOf(samples, 'doorstep_graphql_requests_total', { operation, outcome }) ?? 0;
  const timed = (samples: Sample[], operation: string) =>
    valueOf(samples, 'doorstep_graphql_request_duration_seconds_count', { operation }) ?? 0;
  const fetches = (samples: Sample[], subgraph: string) =>
    valueOf(samples, 'doorstep_subgraph_fetch_duration_seconds_count', { subgraph }) ?? 0;
  const fetchErrors = (samples: Sample[], subgraph: string, reason: string) =>
    valueOf(samples, 'doorstep_subgraph_fetch_errors_total', { subgraph, reason });

  it('counts a query through the gateway: its operation, its call to each subgraph, and each subgraph its own part', async () => {
    const before = await scrape('gateway');
    const subgraphsBefore = await Promise.all(STAKEHOLDER_NAMES.map(scrape));

    const result = await stack.query(FIRST_LOOK, undefined, analyst);
    expect(result.errors).toBeUndefined();

    const after = await scrape('gateway');
    expect(requests(after, 'FirstLook', 'ok') - requests(before, 'FirstLook', 'ok')).toBe(1);
    expect(requests(after, 'FirstLook', 'error')).toBe(requests(before, 'FirstLook', 'error'));
    expect(timed(after, 'FirstLook') - timed(before, 'FirstLook')).toBe(1);
    const sum = valueOf(after, 'doorstep_graphql_request_duration_seconds_sum', { operation: 'FirstLook' })!;
    expect(sum).toBeGreaterThan(valueOf(before, 'doorstep_graphql_request_duration_seconds_sum', { operation: 'FirstLook' }) ?? 0);
    // The largest bucket holds every request, the histogram is cumulative.
    expect(valueOf(after, 'doorstep_graphql_request_duration_seconds_bucket', { operation: 'FirstLook', le: '+Inf' })).toBe(
      timed(after, 'FirstLook'),
    );
    for (const [i, name] of STAKEHOLDER_NAMES.entries()) {
      // FirstLook reads every stakeholder (not notify, the platform): the gateway called each, without an error.
      expect({ name, called: fetches(after, name) > fetches(before, name) }).toEqual({ name, called: true });
      expect(fetchErrors(after, name, 'unreachable')).toBe(0);
      // The subgraph counts the gateway's fetches (FirstLook__party__0) under the client's operation.
      const own = await scrape(name);
      expect({ name, more: requests(own, 'FirstLook', 'ok') > requests(subgraphsBefore[i], 'FirstLook', 'ok') }).toEqual({
        name,
        more: true,
      });
      expect(own.some((s) => s.labels.operation?.includes('__'))).toBe(false);
    }
  });

  it('keeps anonymous operations and requests that never reached an operation apart, and counts failed ones as errors', async () => {
    const before = await scrape('gateway');
    // Texts on purpose: an operation without a name (typed documents all have one), and one that fails validation.
    expect((await stack.queryText('{ compounds(first: 1) { totalCount } }', undefined, analyst)).errors).toBeUndefined();
    expect(
      (await stack.queryText('query Broken { compounds(first: 1) { noSuchField } }', undefined, analyst)).errors?.[0].extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
    // An analyst only reads: the mutation is refused once the operation is known.
    const refused = await stack.query(Refused, { id: compoundId }, analyst);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = await scrape('gateway');
    expect(requests(after, 'anonymous', 'ok') - requests(before, 'anonymous', 'ok')).toBe(1);
    // The name of an operation that failed validation never becomes a label.
    expect(requests(after, 'unresolved', 'error') - requests(before, 'unresolved', 'error')).toBe(1);
    expect(after.some((s) => s.labels.operation === 'Broken')).toBe(false);
    expect(requests(after, 'MetricsRefused', 'error') - requests(before, 'MetricsRefused', 'error')).toBe(1);
    expect(requests(after, 'MetricsRefused', 'ok')).toBe(0);
  });

  it('counts the calls to a stakeholder that is down as unreachable, per subgraph', async () => {
    const before = await scrape('gateway');
    await stack.stopSubgraph('enterprise');
    try {
      const result = await stack.query(FIRST_LOOK, undefined, analyst);
      expect(result.errors?.map((e) => e.extensions?.serviceName)).toContain('enterprise');
    } finally {
      await stack.startSubgraph('enterprise');
    }
    const after = await scrape('gateway');
    expect(fetchErrors(after, 'enterprise', 'unreachable')! - fetchErrors(before, 'enterprise', 'unreachable')!).toBe(1);
    expect(fetchErrors(after, 'party', 'unreachable')).toBe(fetchErrors(before, 'party', 'unreachable'));
    expect(requests(after, 'FirstLook', 'error') - requests(before, 'FirstLook', 'error')).toBe(1);
  });

  it("shows each subgraph's connection pool, the database, load shedding and the process", async () => {
    // FirstLook reads nothing of notify: one query of its own, so that its pool has opened a connection too.
    expect((await stack.querySubgraph('notify', '{ myNotifications(first: 1) { totalCount } }', {}, analyst)).errors).toBeUndefined();
    for (const name of SUBGRAPH_NAMES) {
      const samples = await scrape(name);
      const pool = Object.fromEntries(
        ['in_use', 'idle', 'max'].map((what) => [what, valueOf(samples, `doorstep_db_pool_connections_${what}`)]),
      );
      // startStack gives each subgraph a pool of 8; nothing but the scrape runs now.
      expect(pool.max).toBe(8);
      expect(pool.in_use).toBeGreaterThanOrEqual(0);
      expect(pool.idle! + pool.in_use!).toBeGreaterThan(0);
      expect(pool.idle! + pool.in_use!).toBeLessThanOrEqual(8);
      expect(valueOf(samples, 'doorstep_db_pool_waiting_requests')).toBe(0);
      expect(valueOf(samples, 'doorstep_db_up')).toBe(1);
      expect(valueOf(samples, 'doorstep_admission_in_flight')).toBe(0);
      expect(valueOf(samples, 'doorstep_admission_refused_total')).toBe(0);
      expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
    }
    const gateway = await scrape('gateway');
    expect(valueOf(gateway, 'doorstep_admission_queued')).toBe(0);
    expect(gateway.some((s) => s.name.startsWith('doorstep_db_'))).toBe(false);
    // The gateway's usage reports to Apollo stay off (nothing leaves the machine unasked).
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it("shows the relay's backlog per topic and the age of its oldest message, back to 0 once delivered", async () => {
    const topic = { topic: REPORT_TO_PROPERTY_TOPIC };
    const backlog = async () => {
      const samples = await scrape('party');
      return {
        pending: valueOf(samples, 'doorstep_outbox_pending_messages', topic),
        age: valueOf(samples, 'doorstep_outbox_oldest_pending_age_seconds', topic),
      };
    };
    const [{ pending: before }] = await stack.dataSources.party.query(
      `SELECT count(*)::int AS pending FROM handover_outbox WHERE status = 'PENDING' AND topic = $1`,
      [REPORT_TO_PROPERTY_TOPIC],
    );
    expect(before).toBe(0);

    // A grid worker hands a report to property; no relay runs in this stack, so it waits.
    const grid = await tokenFor('grid_worker', { compoundId });
    const report = await stack.query(
      ReportIssue,
      { i: { compoundId, area: 'underground-garage', category: 'PROPERTY_SERVICE', description: '车库灯坏了' } },
      grid,
    );
    const id = report.data!.reportIssue.id;
    expect((await stack.query(Respond, { id, note: '在路上' }, grid)).errors).toBeUndefined();
    const handed = await stack.query(HandToProperty, { id, note: '物业维修' }, grid);
    expect(handed.data?.handIssueReportToProperty).toEqual({ status: 'HANDED_TO_PROPERTY' });

    expect(await backlog()).toEqual({ pending: 1, age: 0 });
    stack.clock.advance(90_000);
    expect(await backlog()).toEqual({ pending: 1, age: 90 });

    const relays = SUBGRAPHS.party.workers!(stack.dataSources.party, stack.clock) as (BackgroundWorker & { runOnce(): Promise<number> })[];
    // The hand-over, and party's REPORT_FILED event to notify that the same relay carries.
    expect(await relays[0].runOnce()).toBe(2);
    const [row] = await stack.dataSources.party.query(`SELECT status FROM handover_outbox WHERE topic = $1 AND record_id = $2`, [
      REPORT_TO_PROPERTY_TOPIC,
      id,
    ]);
    expect(row.status).not.toBe('PENDING');
    expect(await backlog()).toEqual({ pending: 0, age: 0 });
  });

  it('shows the hand-overs refused for good per topic, which no retry will deliver', async () => {
    const topic = 'test.unrouted';
    const outbox = async () => {
      const samples = await scrape('party');
      return {
        pending: valueOf(samples, 'doorstep_outbox_pending_messages', { topic }),
        failed: valueOf(samples, 'doorstep_outbox_failed_messages', { topic }),
      };
    };
    expect(await outbox()).toEqual({ pending: undefined, failed: undefined });
    // A message no route takes: the relay marks it FAILED at once (shared/handover/relay.ts).
    await stack.dataSources.party.transaction((manager) =>
      enqueueHandover(manager, { topic, recordId: 'metrics-1', payload: {}, actor: 'metrics-test', at: stack.clock.now() }),
    );
    expect(await outbox()).toEqual({ pending: 1, failed: undefined });
    const relays = SUBGRAPHS.party.workers!(stack.dataSources.party, stack.clock) as (BackgroundWorker & { runOnce(): Promise<number> })[];
    expect(await relays[0].runOnce()).toBe(1);
    const [row] = await stack.dataSources.party.query(`SELECT status FROM handover_outbox WHERE topic = $1`, [topic]);
    expect(row).toEqual({ status: 'FAILED' });
    // No longer pending (the topic stays, at 0), and counted as refused for good.
    expect(await outbox()).toEqual({ pending: 0, failed: 1 });
    // Other subgraphs' outboxes are their own.
    expect(valueOf(await scrape('property'), 'doorstep_outbox_failed_messages', { topic })).toBeUndefined();
  });

  it('answers GraphQL only on /graphql: any other path is 404 NOT_FOUND, on the gateway and on a subgraph', async () => {
    for (const service of ['gateway', 'party'] as const) {
      for (const path of ['/', '/graphql/', '/graphqlx', '/api', '/metrics/']) {
        const response = await fetch(urlOf(service, path), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect({ service, path, status: response.status, code: body.errors[0].extensions.code }).toEqual({
          service,
          path,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
    }
  });

  it('refuses /metrics without the bearer METRICS_TOKEN when one is set', async () => {
    const token = 'scraper-secret-0123456789';
    process.env.METRICS_TOKEN = token;
    const gateway = await startGateway(0, { urlOf: stack.directory.urlOf, admission: UNSHED }).finally(() => {
      delete process.env.METRICS_TOKEN;
    });
    try {
      const metricsUrl = new URL('/metrics', gateway.url);
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789', token, `Basic ${token}`]) {
        const response = await fetch(metricsUrl, { headers: authorization ? { authorization } : {} });
        expect({ authorization, status: response.status, challenge: response.headers.get('www-authenticate') }).toEqual({
          authorization,
          status: 401,
          challenge: 'Bearer realm="metrics"',
        });
        expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const allowed = await fetch(metricsUrl, { headers: { authorization: `Bearer ${token}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('doorstep_graphql_requests_total');
    } finally {
      await gateway.stop();
    }
  });
});
