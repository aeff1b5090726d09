import type { AdmissionSettings } from './server/admission';
import type { RateLimitSettings } from './server/rate-limit';

/**
 * Every setting of every service, read from the environment in one place so the
 * README's configuration table and the code cannot drift apart.
 */
export const SUBGRAPH_NAMES = ['party', 'committee', 'property', 'enterprise', 'notify'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/**
 * The stakeholders' subgraphs: each serves one party of the compound (the grid, the owners'
 * committee, the property company, the social enterprises). `notify` is the street
 * office's platform, not a stakeholder: it holds no record of the compound's own.
 */
export const STAKEHOLDER_NAMES = ['party', 'committee', 'property', 'enterprise'] as const satisfies readonly SubgraphName[];
export type StakeholderName = (typeof STAKEHOLDER_NAMES)[number];

/** Every service with a key of its own: the gateway and the five subgraphs. */
export const SERVICE_NAMES = ['gateway', ...SUBGRAPH_NAMES] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  party: 4001,
  committee: 4002,
  property: 4003,
  enterprise: 4004,
  notify: 4005,
};

/** A setting's raw value; an empty one counts as unset. */
export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

function upper(name: string): string {
  return name.toUpperCase();
}

export function portOf(service: SubgraphName | 'gateway'): number {
  const raw = env(`${upper(service)}_PORT`);
  return raw ? Number(raw) : DEFAULT_PORTS[service];
}

/** The one path where the gateway and each subgraph answer GraphQL; any other is 404. */
export const GRAPHQL_PATH = '/graphql';

/** The URL the gateway and the internal clients use to reach a subgraph. */
export function subgraphUrl(name: SubgraphName): string {
  return env(`${upper(name)}_URL`) ?? `http://localhost:${portOf(name)}${GRAPHQL_PATH}`;
}

export function databaseName(name: SubgraphName): string {
  return `doorstep_${name}`;
}

/**
 * A subgraph's own database: `PARTY_DATABASE_URL` etc. win; otherwise `DATABASE_URL`
 * names the server and each subgraph gets its own database on it.
 */
export function databaseUrlOf(name: SubgraphName): string | undefined {
  const own = env(`${upper(name)}_DATABASE_URL`);
  if (own) return own;
  const server = env('DATABASE_URL');
  if (!server) return undefined;
  const url = new URL(server);
  url.pathname = `/${databaseName(name)}`;
  return url.toString();
}

/**
 * How user tokens are verified (README, "Tokens, claims and roles"). `jwks` is
 * JWT_JWKS as given: a JWKS file path, an https URL or the JWKS itself as JSON; unset
 * means the dev issuer's key, which production refuses (shared/auth/trust.ts).
 */
export interface AuthSettings {
  jwks?: string;
  issuer: string;
  audience: string;
  /** The longest a token may be valid (exp − iat), in seconds. */
  maxLifetimeS: number;
  /** Put before `roles` and `residentId` when the identity provider namespaces custom claims. */
  claimPrefix: string;
}

export function authSettings(): AuthSettings {
  return {
    jwks: env('JWT_JWKS'),
    issuer: env('JWT_ISSUER') ?? 'doorstep',
    audience: env('JWT_AUDIENCE') ?? 'doorstep',
    maxLifetimeS: wholeNumber('JWT_MAX_LIFETIME_S', 86_400, 1, 'a positive whole number of seconds'),
    claimPrefix: env('JWT_CLAIM_PREFIX') ?? '',
  };
}

/** The private key `npm run token` signs with when it plays the identity provider (JWT_PRIVATE_KEY). */
export function userIssuerKeySetting(): string | undefined {
  return env('JWT_PRIVATE_KEY');
}

/**
 * This service's own key (SERVICE_PRIVATE_KEY: PEM or JWK, or a file holding one) and
 * the public keys of every service (SERVICE_JWKS: a file path, an https URL or JSON).
 * Unset means the dev keys, which production refuses.
 */
export interface ServiceKeySettings {
  privateKey?: string;
  jwks?: string;
}

export function serviceKeySettings(): ServiceKeySettings {
  return { privateKey: env('SERVICE_PRIVATE_KEY'), jwks: env('SERVICE_JWKS') };
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** The error a start refused for its settings throws: one message naming every problem. */
export function refusedStart(service: ServiceName, problems: string[], cause?: unknown): Error {
  const lead = isProduction() ? 'Refusing to start with NODE_ENV=production' : `The ${service} service cannot start`;
  return new Error(`${lead}: ${problems.join('; ')}`, cause === undefined ? undefined : { cause });
}

/**
 * The gateway's explorer (GraphiQL at its GraphQL URL): EXPLORER `on` or `off`; on by
 * default outside production, off in production. Its dev tools (token endpoint, role
 * picker, persona operations) exist only outside production, whatever this says.
 */
export function explorerEnabled(): boolean {
  const raw = env('EXPLORER');
  if (raw === undefined) return !isProduction();
  if (raw !== 'on' && raw !== 'off') throw new Error(`EXPLORER must be on or off, not "${raw}"`);
  return raw === 'on';
}

/** A whole-number setting above 0 (a count, or milliseconds), or `fallback` when unset. */
export function positiveInt(name: string, fallback: number): number {
  return wholeNumber(name, fallback, 1, 'a positive whole number');
}

/** A whole-number setting of at least `min`, or `fallback` when unset; `what` says what it must be in the refusal. */
export function wholeNumber(name: string, fallback: number, min: number, what: string): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be ${what}, not "${raw}"`);
  return value;
}

/** How the hand-over relays poll and back off (README: RELAY_POLL_MS etc.); explicit relay options win. */
export interface RelaySettings {
  pollMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export function relaySettings(): RelaySettings {
  return {
    pollMs: positiveInt('RELAY_POLL_MS', 500),
    baseDelayMs: positiveInt('RELAY_RETRY_BASE_MS', 1000),
    maxDelayMs: positiveInt('RELAY_RETRY_MAX_MS', 60_000),
  };
}

/**
 * Load shedding (README, "Load shedding"): how many requests a service works on at once
 * and how many may wait (see shared/server/admission.ts). Defaults are sized so that on
 * the 2-core reference machine an overload gets quick refusals while answered requests
 * stay under a second (bench/README.md, the fault run).
 */
export function admissionSettings(service: 'gateway' | 'subgraph'): AdmissionSettings {
  // A subgraph admits more than one gateway sends at once, so that the gateway, which
  // sees the whole request, is the one that sheds; a subgraph sheds when several
  // gateways (or relays) together press on it.
  if (service === 'gateway') {
    return {
      maxConcurrent: wholeNumber('GATEWAY_MAX_CONCURRENT', 16, 1, 'a positive whole number'),
      maxQueue: wholeNumber('GATEWAY_MAX_QUEUE', 64, 0, 'a whole number'),
      maxQueueWaitMs: wholeNumber('GATEWAY_MAX_QUEUE_WAIT_MS', 250, 0, 'a whole number of milliseconds'),
    };
  }
  return {
    maxConcurrent: wholeNumber('SUBGRAPH_MAX_CONCURRENT', 32, 1, 'a positive whole number'),
    maxQueue: wholeNumber('SUBGRAPH_MAX_QUEUE', 64, 0, 'a whole number'),
    maxQueueWaitMs: wholeNumber('SUBGRAPH_MAX_QUEUE_WAIT_MS', 250, 0, 'a whole number of milliseconds'),
  };
}

/** Requests a minute per caller at the gateway; 0 (the default) turns the limit off. */
export function rateLimitSettings(): RateLimitSettings {
  return { perMinute: wholeNumber('GATEWAY_RATE_LIMIT_PER_MINUTE', 0, 0, 'a whole number') };
}

/** How long the gateway waits for a subgraph's answer before its fields are null and coded. */
export function subgraphTimeoutMs(): number {
  return positiveInt('GATEWAY_SUBGRAPH_TIMEOUT_MS', 5_000);
}

/** Each subgraph's connection pool: its size, and how long a request may wait for a connection. */
export interface DatabasePoolSettings {
  size: number;
  connectTimeoutMs: number;
}

export function databasePoolSettings(): DatabasePoolSettings {
  return {
    size: wholeNumber('DB_POOL_SIZE', 10, 1, 'a positive whole number'),
    connectTimeoutMs: positiveInt('DB_CONNECT_TIMEOUT_MS', 2_000),
  };
}

/** The compound's time zone unless a compound says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Who may read `/metrics` (README, "Metrics and tracing"). Operation names and
 * internals are for the operator, not for whoever reaches the gateway's port: in
 * production the endpoint is not served unless METRICS_TOKEN (a bearer token the
 * scraper sends) or METRICS_PUBLIC=true says otherwise; in development it is open.
 */
export interface MetricsSettings {
  access: 'open' | 'token' | 'off';
  token?: string;
  /** Distinct operation names that get a label of their own; later ones are counted as `other`. */
  maxOperations: number;
}

/** A bearer token shorter than this is refused at start-up: a scraper's token is a secret, not a password. */
const MIN_METRICS_TOKEN_LENGTH = 16;

export function metricsSettings(): MetricsSettings {
  const token = env('METRICS_TOKEN');
  if (token !== undefined && token.length < MIN_METRICS_TOKEN_LENGTH) {
    throw new Error(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters`);
  }
  const open = flag('METRICS_PUBLIC', !isProduction());
  const maxOperations = wholeNumber('METRICS_MAX_OPERATIONS', 200, 0, 'a whole number');
  if (token) return { access: 'token', token, maxOperations };
  return { access: open ? 'open' : 'off', maxOperations };
}

function flag(name: string, fallback: boolean): boolean {
  const raw = env(name);
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, not "${raw}"`);
  return raw === 'true';
}

/**
 * Where traces go (README, "Metrics and tracing"), from the standard OpenTelemetry
 * variables. Off unless an exporter is named (OTEL_TRACES_EXPORTER) or an OTLP endpoint
 * is set; OTEL_SDK_DISABLED=true turns it off whatever else is set. OTLP goes over
 * HTTP with JSON or protobuf bodies (a collector, Jaeger and Tempo take both on 4318).
 */
export interface TracingSettings {
  exporter: 'otlp' | 'console' | 'none';
  /** The full OTLP traces URL, e.g. http://collector:4318/v1/traces. */
  url?: string;
  protocol?: 'http/json' | 'http/protobuf';
}

const OTLP_DEFAULT_TRACES_URL = 'http://localhost:4318/v1/traces';

export function tracingSettings(): TracingSettings {
  if (flag('OTEL_SDK_DISABLED', false)) return { exporter: 'none' };
  const tracesUrl = env('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const baseUrl = env('OTEL_EXPORTER_OTLP_ENDPOINT');
  const named = env('OTEL_TRACES_EXPORTER');
  const exporter = named ?? (tracesUrl || baseUrl ? 'otlp' : 'none');
  if (exporter === 'none' || exporter === 'console') return { exporter };
  if (exporter !== 'otlp') throw new Error(`OTEL_TRACES_EXPORTER must be otlp, console or none, not "${exporter}"`);
  const protocol = env('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? env('OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf';
  if (protocol !== 'http/json' && protocol !== 'http/protobuf') {
    throw new Error(`OTLP traces go over HTTP: OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf or http/json, not "${protocol}"`);
  }
  // As the OpenTelemetry specification says: the signal's own endpoint is the full URL,
  // the general one is a base to which /v1/traces is added.
  const url = tracesUrl ?? (baseUrl ? `${baseUrl.replace(/\/+$/, '')}/v1/traces` : OTLP_DEFAULT_TRACES_URL);
  if (!/^https?:\/\//.test(url)) throw new Error(`The OTLP traces endpoint must be an http:// or https:// URL, not "${url}"`);
  return { exporter, url, protocol };
}
