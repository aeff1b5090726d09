import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * A closed-loop load generator that keeps every answer's outcome, not only its status:
 * `connections` clients each send the next request as soon as the last is answered,
 * over keep-alive connections. autocannon counts statuses and bytes; a fault run must
 * tell full answers from partial ones and error codes apart, so it reads each body.
 */
export type Outcome =
  | { kind: 'full' }
  | { kind: 'partial'; codes: string[]; messages: string[] }
  | { kind: 'error'; codes: string[]; messages: string[] }
  | { kind: 'refused'; status: number; code: string }
  | { kind: 'failed'; reason: string };

export interface Sample {
  /** Milliseconds since the run started, when the request was sent. */
  at: number;
  latencyMs: number;
  outcome: Outcome;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
  /** Called at each whole second of the run (to kill or start a service). */
  onSecond?: (second: number) => void | Promise<void>;
}

function classify(status: number, text: string): Outcome {
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { kind: 'failed', reason: `HTTP ${status} without JSON` };
  }
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (status === 503 || status === 429) return { kind: 'refused', status, code: codes[0] ?? 'NO_CODE' };
  if (codes.length === 0) return { kind: 'full' };
  const messages = (body.errors ?? []).map((e) => e.message ?? '');
  return body.data ? { kind: 'partial', codes, messages } : { kind: 'error', codes, messages };
}

function send(agent: http.Agent, url: URL, options: LoadOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(classify(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        res.on('error', (e) => resolve({ kind: 'failed', reason: e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'failed', reason: e.code ?? e.message }));
    req.end(options.body);
  });
}

export interface LoadRun {
  samples: Sample[];
  /** The load generator's own event-loop delay, p99 in ms: latencies are only as good as this is small. */
  generatorDelayP99Ms: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const samples: Sample[] = [];
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let second = 0;
  const actions: Promise<unknown>[] = [];
  const ticker = setInterval(() => {
    second++;
    if (options.onSecond) actions.push(Promise.resolve(options.onSecond(second)));
  }, 1_000);
  const client = async () => {
    while (elapsed() < options.durationMs) {
      const at = elapsed();
      const outcome = await send(agent, url, options);
      samples.push({ at, latencyMs: elapsed() - at, outcome });
      // Refused requests are sent again at once — the worst case for the service, since
      // a well-behaved client would honour Retry-After; a connection failure waits 10 ms
      // so that a dead port is not spun against.
      if (outcome.kind === 'failed') await new Promise((r) => setTimeout(r, 10));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  clearInterval(ticker);
  // An action still under way (a service starting) finishes before the caller tears down.
  await Promise.allSettled(actions);
  agent.destroy();
  delay.disable();
  return { samples, generatorDelayP99Ms: delay.percentile(99) / 1e6 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
