import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { metricsSettings, type MetricsSettings, type ServiceName } from '../config';
import type { Admission } from '../server/admission';
import type { RateLimit } from '../server/rate-limit';
import { logger } from '../server/logger';
import { OperationLabels } from './operation-labels';
import { nameOperationOnSpan, tracingEnabled } from './tracing';

/**
 * Seconds. Few buckets, on purpose: each one is a series per operation, and an
 * observation walks them. From 5 ms (a subgraph's quick answer) to the gateway's
 * default subgraph timeout.
 */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * Node's own figures (CPU, memory, event-loop lag, GC, handles), once per process:
 * in tests five services share a process, and they would all report the same numbers.
 */
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What `/metrics` answers: the text for Prometheus, or a refusal. */
export type Scrape =
  | { status: 200; contentType: string; body: string }
  | { status: 401 | 404; code: string; message: string; headers?: Record<string, string> };

interface OperationSeries {
  ok: ReturnType<Counter<'operation' | 'outcome'>['labels']>;
  error: ReturnType<Counter<'operation' | 'outcome'>['labels']>;
  duration: ReturnType<Histogram<'operation'>['labels']>;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * One service's metrics (README, "Metrics and tracing" lists them all): its own
 * registry, so the five services of an in-process test stack never mix, plus the
 * process's default metrics. Everything per request is an increment and an
 * observation on series found in a map; what can be read when scraped (pool,
 * admission, outbox backlog) is read then, not kept up to date on the request path.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly settings: MetricsSettings;
  private readonly labels: OperationLabels;
  private readonly series = new Map<string, OperationSeries>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;
  private readonly expectedToken?: Buffer;

  constructor(
    readonly service: ServiceName,
    settings: MetricsSettings = metricsSettings(),
  ) {
    this.settings = settings;
    if (settings.token) this.expectedToken = digest(settings.token);
    this.labels = new OperationLabels(settings.maxOperations, service === 'gateway' ? undefined : service, () =>
      logger.warn(
        { service, maxOperations: settings.maxOperations },
        'metrics: more distinct operation names than METRICS_MAX_OPERATIONS; further names are counted as "other"',
      ),
    );
    this.requests = new Counter({
      name: 'doorstep_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and outcome (error: the answer carried errors)',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'doorstep_graphql_request_duration_seconds',
      help: 'Time from a GraphQL request being admitted to its answer, by operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    processMetrics();
  }

  /** Counts every GraphQL request this service's Apollo Server answers. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C> {
    const record = (name: string | null | undefined, seconds: number, failed: boolean) => this.record(name, seconds, failed);
    const traced = tracingEnabled();
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operation, operationName, response }) {
            const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
            record(operation ? (operationName ?? null) : undefined, (performance.now() - started) / 1000, failed);
            if (traced) nameOperationOnSpan(operation?.operation, operationName ?? undefined);
          },
        };
      },
    };
  }

  private record(name: string | null | undefined, seconds: number, failed: boolean): void {
    const label = this.labels.of(name);
    let series = this.series.get(label);
    if (!series) {
      series = {
        ok: this.requests.labels(label, 'ok'),
        error: this.requests.labels(label, 'error'),
        duration: this.duration.labels(label),
      };
      this.series.set(label, series);
    }
    (failed ? series.error : series.ok).inc();
    series.duration.observe(seconds);
  }

  /** Requests being worked on and waiting, and those refused for load (shared/server/admission.ts). */
  watchAdmission(admission: Admission): void {
    const inFlight = this.gauge('doorstep_admission_in_flight', 'Requests being worked on now');
    const queued = this.gauge('doorstep_admission_queued', 'Requests waiting for a slot now');
    new Counter({
      name: 'doorstep_admission_refused_total',
      help: 'Requests refused at once with 503 because the service was at its load limit',
      registers: [this.registry],
      collect() {
        const stats = admission.stats();
        inFlight.set(stats.inFlight);
        queued.set(stats.queued);
        this.reset();
        this.inc(stats.refused);
      },
    });
  }

  /** Requests refused with 429 by the per-caller rate limit (shared/server/rate-limit.ts); read when scraped. */
  watchRateLimit(rateLimit: RateLimit): void {
    new Counter({
      name: 'doorstep_rate_limited_total',
      help: 'Requests refused with 429 because their caller was past GATEWAY_RATE_LIMIT_PER_MINUTE',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(rateLimit.refused);
      },
    });
  }

  /** A gauge in this service's registry, set by `collect` when scraped (when given). */
  gauge<L extends string = string>(
    name: string,
    help: string,
    labelNames: L[] = [],
    collect?: (this: Gauge<L>) => void | Promise<void>,
  ): Gauge<L> {
    return new Gauge<L>({ name, help, labelNames, registers: [this.registry], ...(collect ? { collect } : {}) });
  }

  /**
   * `/metrics`: open in development; in production only with the bearer METRICS_TOKEN,
   * or to anyone when METRICS_PUBLIC=true, and otherwise not served at all (404).
   */
  async scrape(authorization: string | undefined): Promise<Scrape> {
    if (this.settings.access === 'off') return { status: 404, code: 'NOT_FOUND', message: 'Not found' };
    const presented = /^bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
    // Digests of equal length, compared in constant time: the answer's timing tells nothing of the token.
    if (this.expectedToken && !(presented && timingSafeEqual(digest(presented), this.expectedToken))) {
      return {
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Metrics need the bearer token METRICS_TOKEN',
        headers: { 'www-authenticate': 'Bearer realm="metrics"' },
      };
    }
    const body = (await processMetrics().metrics()) + (await this.registry.metrics());
    return { status: 200, contentType: this.registry.contentType, body };
  }
}
