import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { ManualClock } from '../../shared/clock';
import type { SubgraphName } from '../../shared/config';
import { createSubgraphDataSource } from '../../shared/db/data-source';
import { ensureDatabase } from '../../shared/db/ensure-database';
import { SeenAssertions1763773000000 } from '../../shared/auth/seen-assertions.migration';
import { HandoverTables1763770000000 } from '../../shared/handover/handover-tables.migration';
import { InboxReceipt } from '../../shared/handover/inbox-receipt.entity';
import { InternalClient, ServiceDirectory } from '../../shared/handover/internal-client';
import { OutboxMessage } from '../../shared/handover/outbox-message.entity';
import type { HandoverRoute } from '../../shared/handover/handover-route';
import { OutboxRelay, RelayOptions } from '../../shared/handover/relay';
import { startSubgraphService, SubgraphService } from '../../shared/server/subgraph-service';
import { dropDatabase, testServerUrl, withDatabase } from '../support/databases';
import { buildCreditSchema, CREDIT_TOPIC, HandoverTestTables1763770009999, receiverControl } from './credit-receiver';

/**
 * The receiver plays the `committee` service and the sender `enterprise`: names with
 * keys, so the sender's assertions are signed and checked as between real services.
 */
export const RECEIVER: SubgraphName = 'committee';
export const SENDER: SubgraphName = 'enterprise';

export const APPLY_CREDIT = `mutation($recordId: ID!, $amount: Int!) {
  applyCredit(recordId: $recordId, amount: $amount) { creditId recordId amount }
}`;

export interface CreditReceiptData {
  creditId: string;
  recordId: string;
  amount: number;
}

/** The sender's route for `test.credit`, written as a real subgraph would write it. */
export const creditRoute: HandoverRoute = {
  async deliver(client, message) {
    const data = await client.request<{ applyCredit: CreditReceiptData }>(RECEIVER, APPLY_CREDIT, {
      recordId: message.recordId,
      amount: message.payload.amount,
    });
    return { ...data.applyCredit };
  },
  async onDelivered(manager, message, result) {
    await manager.query(`UPDATE grant_record SET status = 'CREDITED', credit_id = $2 WHERE id = $1`, [message.recordId, result.creditId]);
  },
  async onFailed(manager, message, reason) {
    await manager.query(`UPDATE grant_record SET status = 'REFUSED', refusal = $2 WHERE id = $1`, [message.recordId, reason]);
  },
};

/**
 * An HTTP proxy in front of the receiver that counts every request and can lose
 * responses: the request reaches the receiver and is applied there, but the caller's
 * socket is destroyed instead of getting the answer (the sender never hears).
 */
export interface CountingProxy {
  port: number;
  /** POSTs that reached the proxy (one per delivery attempt). */
  requests: number;
  /** Responses still to lose. */
  loseResponses: number;
  close(): Promise<void>;
}

export async function startProxy(targetPort: () => number): Promise<CountingProxy> {
  const proxy: CountingProxy = { port: 0, requests: 0, loseResponses: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    proxy.requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = http.request(
        { host: '127.0.0.1', port: targetPort(), method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            if (proxy.loseResponses > 0) {
              proxy.loseResponses--;
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      // Receiver down: the caller sees a dropped connection, as it would without the proxy.
      upstream.on('error', () => req.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

/** A database of its own on the test server, with the hand-over tables and the test's tables. */
async function createDatabase(role: string): Promise<{ url: string; dataSource: DataSource }> {
  const url = withDatabase(testServerUrl(), `t_handover_${role}_${randomBytes(5).toString('hex')}`);
  await ensureDatabase(url);
  const dataSource = openDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { url, dataSource };
}

function openDataSource(url: string, poolSize = 8): DataSource {
  return createSubgraphDataSource({
    url,
    entities: [OutboxMessage, InboxReceipt],
    migrations: [HandoverTables1763770000000, SeenAssertions1763773000000, HandoverTestTables1763770009999],
    poolSize,
  }).dataSource;
}

export interface HandoverWorld {
  clock: ManualClock;
  sender: DataSource;
  senderUrl: string;
  receiverDb: DataSource;
  /** The receiver's fixed port (kept across stop/start). */
  receiverPort: number;
  receiverRunning(): boolean;
  startReceiver(): Promise<void>;
  stopReceiver(): Promise<void>;
  proxy: CountingProxy;
  /** Relays reach the receiver through the counting proxy. */
  viaProxy: ServiceDirectory;
  /** Straight to the receiver's port, no proxy. */
  direct: ServiceDirectory;
  client(directory?: ServiceDirectory): InternalClient;
  relay(options?: RelayOptions & { dataSource?: DataSource; directory?: ServiceDirectory }): OutboxRelay;
  /** A second DataSource on the sender's database, as another replica would open. */
  openSender(): Promise<DataSource>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Two real services for one test file: a sender database with its outbox, and the credit receiver over HTTP. */
export async function startHandoverWorld(): Promise<HandoverWorld> {
  const clock = new ManualClock('2026-11-22T02:00:00Z');
  const [senderDb, receiverDb] = await Promise.all([createDatabase('sender'), createDatabase('receiver')]);
  const schema: GraphQLSchema = await buildCreditSchema();
  let service: SubgraphService | undefined = await startSubgraphService(
    { name: RECEIVER, schema, dataSource: receiverDb.dataSource, clock },
    0,
  );
  const receiverPort = service.port;
  const proxy = await startProxy(() => receiverPort);
  const extraSenders: DataSource[] = [];
  const viaProxy: ServiceDirectory = { urlOf: () => `http://127.0.0.1:${proxy.port}/graphql` };
  const direct: ServiceDirectory = { urlOf: () => `http://127.0.0.1:${receiverPort}/graphql` };
  const client = (directory: ServiceDirectory = viaProxy) => new InternalClient(SENDER, directory, undefined, 2000);
  const startReceiver = async () => {
    if (!service) service = await startSubgraphService({ name: RECEIVER, schema, dataSource: receiverDb.dataSource, clock }, receiverPort);
  };

  return {
    clock,
    sender: senderDb.dataSource,
    senderUrl: senderDb.url,
    receiverDb: receiverDb.dataSource,
    receiverPort,
    proxy,
    viaProxy,
    direct,
    client,
    receiverRunning: () => service !== undefined,
    startReceiver,
    async stopReceiver() {
      await service?.stop();
      service = undefined;
    },
    relay(options = {}) {
      const { dataSource, directory, ...relayOptions } = options;
      return new OutboxRelay(
        dataSource ?? senderDb.dataSource,
        client(directory),
        { [CREDIT_TOPIC]: creditRoute },
        { clock, ...relayOptions },
      );
    },
    async openSender() {
      const dataSource = openDataSource(senderDb.url, 4);
      await dataSource.initialize();
      extraSenders.push(dataSource);
      return dataSource;
    },
    async reset() {
      await senderDb.dataSource.query('TRUNCATE handover_outbox, handover_inbox, grant_record, credit');
      await receiverDb.dataSource.query('TRUNCATE handover_outbox, handover_inbox, grant_record, credit');
      proxy.requests = 0;
      proxy.loseResponses = 0;
      receiverControl.calls = 0;
      receiverControl.applyDelayMs = 0;
      clock.set('2026-11-22T02:00:00Z');
      await startReceiver();
    },
    async stop() {
      await service?.stop();
      await proxy.close();
      await Promise.all([...extraSenders, senderDb.dataSource, receiverDb.dataSource].map((d) => d.destroy()));
      await Promise.all([senderDb.url, receiverDb.url].map(dropDatabase));
    },
  };
}

/** Calls `runOnce` until a pass finds nothing due; returns how many messages this relay handled. */
export async function drain(relay: OutboxRelay): Promise<number> {
  let total = 0;
  for (;;) {
    const handled = await relay.runOnce();
    if (handled === 0) return total;
    total += handled;
  }
}
