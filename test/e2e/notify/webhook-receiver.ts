import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a test receiver took: its headers and raw body, and the status it answered. */
export interface ReceivedRequest {
  headers: Record<string, string>;
  body: string;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** What the next request gets: a status from the request's index (0-based) at this receiver. */
  respond: (index: number) => number;
  /** How long each answer waits (ms), so racing workers overlap. */
  delayMs: number;
  close(): Promise<void>;
}

/** A real HTTP receiver on a free port, recording every request and answering as the test says. */
export async function startReceiver(respond: (index: number) => number = () => 200): Promise<WebhookReceiver> {
  const receiver = { requests: [] as ReceivedRequest[], respond, delayMs: 0 } as WebhookReceiver;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = receiver.respond(receiver.requests.length);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      receiver.requests.push({ headers, body: Buffer.concat(chunks).toString('utf8'), status });
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no'), receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/doorstep`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
