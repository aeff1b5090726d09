import { Client } from 'pg';
import type { SubgraphName } from '../../shared/config';
import { eventually } from '../support/eventually';
import type { GraphQLError, TypedDocument } from '../support/post-graphql';
import { parsePrometheus, valueOf } from '../support/prometheus';
import { startStack, type Stack } from '../support/stack';
import { gatewayHeaders, tokenFor } from '../support/tokens';
import { graphql } from '../typed';
import type { LoadSheddingPartyOnlyQuery } from '../typed/graphql';

/**
 * Load is shed, not queued for ever (README, "Load shedding"). Requests are held up for
 * real — a transaction locks the table a query reads, so the subgraph's SQL waits on
 * PostgreSQL — and the test counts which requests wait and which are refused while the
 * lock is still held, i.e. at once rather than after a wait.
 */
/** Party's fields alone: sent to the gateway and straight to party, which serves them under the same types. */
const PartyOnly = graphql(`
  query LoadSheddingPartyOnly {
    compounds(first: 3) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`);

const WithCommittee = graphql(`
  query LoadSheddingWithCommittee {
    compounds(first: 3) {
      edges {
        node {
          name
          ownersCommittee {
            name
          }
        }
      }
    }
  }
`);

interface Answer<T = unknown> {
  status: number;
  retryAfter: string | null;
  body: { data?: T | null; errors?: GraphQLError[] };
}

async function post<T>(url: string, document: TypedDocument<T, never>, headers: Record<string, string>): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString() }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer<T>['body'] };
}

/** Holds an exclusive lock on `table` of one subgraph's database until `release()`. */
async function lockTable(stack: Stack, name: SubgraphName, table: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: String((stack.dataSources[name].options as { url: string }).url) });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

interface Burst<T> {
  settled: Answer<T>[];
  all: Promise<Answer<T>[]>;
}

/** Starts `count` requests at once; `settled` fills as they come back. */
function burst<T>(count: number, send: () => Promise<Answer<T>>): Burst<T> {
  const settled: Answer<T>[] = [];
  const all = Promise.all(
    Array.from({ length: count }, () =>
      send().then((answer) => {
        settled.push(answer);
        return answer;
      }),
    ),
  );
  return { settled, all };
}

const BUSY = (who: string) => ({
  status: 503,
  retryAfter: '1',
  body: { errors: [{ message: `The ${who} is busy; try again shortly`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
});

describe('the gateway sheds load and bounds every subgraph call', () => {
  let stack: Stack;
  let analyst: Record<string, string>;
  let normal: Answer<LoadSheddingPartyOnlyQuery>;

  beforeAll(async () => {
    stack = await startStack({
      seedDemo: true,
      gatewayAdmission: { maxConcurrent: 4, maxQueue: 4, maxQueueWaitMs: 600_000 },
      rateLimit: { perMinute: 60 },
      subgraphTimeoutMs: 1_500,
    });
    analyst = { authorization: `Bearer ${await tokenFor('analyst')}` };
    normal = await post(stack.gatewayUrl, PartyOnly, analyst);
    expect(normal.status).toBe(200);
    expect(normal.body.errors).toBeUndefined();
    expect(normal.body.data!.compounds.edges).toHaveLength(3);
  });
  afterAll(() => stack.stop());

  it('past its concurrency and queue, a request is refused at once with 503 and Retry-After; the admitted ones are answered', async () => {
    const lock = await lockTable(stack, 'party', 'compound');
    let requests: Burst<LoadSheddingPartyOnlyQuery>;
    try {
      // Four work, four wait, twelve are refused — all twelve while the eight are still held up.
      const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => tokenFor('analyst', {}, { sub: `burst-${i}` })));
      let next = 0;
      requests = burst(20, () => post(stack.gatewayUrl, PartyOnly, { authorization: `Bearer ${tokens[next++]}` }));
      await eventually('twelve refusals', () => requests.settled.length >= 12);
      expect(requests.settled).toEqual(Array.from({ length: 12 }, () => BUSY('gateway')));
    } finally {
      await lock.release();
    }
    const answers = await requests.all;
    expect(answers.filter((a) => a.status === 200)).toEqual(Array.from({ length: 8 }, () => normal));
    // Nothing is left queued: the next request is answered at once.
    expect(await post(stack.gatewayUrl, PartyOnly, analyst)).toEqual(normal);
  });

  it('a subgraph that does not answer in time costs at most the timeout; its fields are null and coded, the rest arrive', async () => {
    const allUp = await post(stack.gatewayUrl, WithCommittee, analyst);
    expect(allUp.body.errors).toBeUndefined();
    const lock = await lockTable(stack, 'committee', 'owners_committee');
    try {
      const answer = await post(stack.gatewayUrl, WithCommittee, analyst);
      const { edges } = allUp.body.data!.compounds;
      expect(answer.body.data).toEqual({ compounds: { edges: edges.map((e) => ({ node: { ...e.node, ownersCommittee: null } })) } });
      expect(answer.body.errors).toEqual([
        {
          message: 'The committee service did not answer within 1500 ms',
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'committee' },
        },
      ]);
    } finally {
      await lock.release();
    }
    expect(await post(stack.gatewayUrl, WithCommittee, analyst)).toEqual(allUp);
  });

  it('a per-caller rate limit refuses the caller past it with 429 RATE_LIMITED and leaves other callers alone', async () => {
    const refusedSoFar = async () => {
      const text = await (await fetch(new URL('/metrics', stack.gatewayUrl))).text();
      return valueOf(parsePrometheus(text), 'doorstep_rate_limited_total');
    };
    const refusedBefore = await refusedSoFar();
    const greedy = { authorization: `Bearer ${await tokenFor('analyst', {}, { sub: 'greedy' })}` };
    // 60 a minute: a burst of ten, then one every second.
    const answers: Answer[] = [];
    for (let i = 0; i < 11; i++) answers.push(await post(stack.gatewayUrl, PartyOnly, greedy));
    expect(answers.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => normal));
    expect(answers[10]).toEqual({
      status: 429,
      retryAfter: '1',
      body: { errors: [{ message: 'Too many requests from this caller; try again in 1 s', extensions: { code: 'RATE_LIMITED' } }] },
    });
    const patient = { authorization: `Bearer ${await tokenFor('analyst', {}, { sub: 'patient' })}` };
    expect(await post(stack.gatewayUrl, PartyOnly, patient)).toEqual(normal);
    // The refusal is counted for the operator; the answered requests are not.
    expect(await refusedSoFar()).toBe(refusedBefore! + 1);
  });
});

describe('a subgraph sheds load and bounds its wait for a database connection', () => {
  let stack: Stack;
  let headers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({
      seedDemo: true,
      subgraphAdmission: { maxConcurrent: 6, maxQueue: 0, maxQueueWaitMs: 0 },
      poolSize: 2,
      connectTimeoutMs: 3_000,
    });
    headers = {
      authorization: `Bearer ${await tokenFor('analyst')}`,
      ...(await gatewayHeaders('party')),
    };
  });
  afterAll(() => stack.stop());

  it('past six at once the subgraph refuses with 503; past two connections a request waits a bounded time, then SERVICE_UNAVAILABLE', async () => {
    const url = stack.directory.urlOf('party');
    const normal = await post(url, PartyOnly, headers);
    expect(normal.body.errors).toBeUndefined();
    const lock = await lockTable(stack, 'party', 'compound');
    let requests: Burst<LoadSheddingPartyOnlyQuery>;
    try {
      requests = burst(10, () => post(url, PartyOnly, headers));
      // Four refused by admission at once; of the six admitted, at most two hold a
      // connection (stuck on the lock) and the others give up waiting for one.
      await eventually('refusals and connection waits', () => requests.settled.length >= 8);
      const refused = requests.settled.filter((a) => a.status === 503);
      expect(refused).toEqual(Array.from({ length: 4 }, () => BUSY('party service')));
      const waited = requests.settled.filter((a) => a.status === 200);
      expect(waited.length).toBeGreaterThanOrEqual(4);
      for (const answer of waited) {
        expect(answer.body).toEqual({
          data: null,
          errors: [
            { message: 'The database is unavailable; try again shortly', path: ['compounds'], extensions: { code: 'SERVICE_UNAVAILABLE' } },
          ],
        });
      }
    } finally {
      await lock.release();
    }
    const answers = await requests.all;
    const served = answers.filter((a) => a.body.data?.compounds);
    expect(served.length).toBeGreaterThan(0);
    for (const answer of served) expect(answer).toEqual(normal);
    expect(await post(url, PartyOnly, headers)).toEqual(normal);
  });

  it('through the gateway, a subgraph that refuses for load becomes a coded null for its fields', async () => {
    const lock = await lockTable(stack, 'party', 'compound');
    let requests: Burst<LoadSheddingPartyOnlyQuery>;
    const analyst = { authorization: headers.authorization };
    try {
      requests = burst(10, () => post(stack.gatewayUrl, PartyOnly, analyst));
      await eventually('refusals', () => requests.settled.length >= 4);
    } finally {
      await lock.release();
    }
    const refused = (await requests.all).filter((a) => a.body.errors?.[0]?.message === 'The party service is busy; try again shortly');
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const answer of refused) {
      expect(answer).toEqual({
        status: 200,
        retryAfter: null,
        body: {
          data: null,
          errors: [
            { message: 'The party service is busy; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'party' } },
          ],
        },
      });
    }
  });
});
