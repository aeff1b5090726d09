import http from 'node:http';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/config';
import type { Recorded } from './subgraphs-report';

/**
 * A relay to each subgraph, on `portOf(name)`, that forwards everything and keeps the body
 * of every POST made while `current()` names a client query: what the gateway sends each
 * subgraph, as sent (bench/subgraphs.bench.ts then sends exactly that to it and its floor).
 * Resolves to the function that stops them.
 */
export async function startRecordingRelays(
  urlOf: (name: SubgraphName) => string,
  portOf: (name: SubgraphName) => number,
  recorded: Recorded[],
  current: () => Recorded['query'] | undefined,
): Promise<() => Promise<void>> {
  const servers = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const target = new URL(urlOf(name));
      const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const query = current();
          if (req.method === 'POST' && query) recorded.push({ subgraph: name, query, body: body.toString('utf8') });
          const upstream = http.request(
            { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
            (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            },
          );
          upstream.on('error', () => res.writeHead(502).end());
          upstream.end(body);
        });
      });
      await new Promise<void>((resolve) => server.listen(portOf(name), '127.0.0.1', resolve));
      return server;
    }),
  );
  return async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  };
}
