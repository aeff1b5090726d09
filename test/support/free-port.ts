import net from 'node:net';

/**
 * Ports for servers whose address must be known before they start (a subgraph process
 * told where the others listen). Asking the kernel for port 0 and closing it again is
 * racy on a busy machine: the kernel hands the same numbers out as the local ports of
 * outbound connections (its ephemeral range, 32768–60999 here), and a load test opens
 * many. So the ports come from below that range, each jest worker from its own slice,
 * counting up from a random point, each checked by binding it.
 */
const FIRST_PORT = 10_000;
const SLICE = 4_000;
const SLICES = 5; // 10000–29999: below the ephemeral range
const slice = Number(process.env.JEST_WORKER_ID ?? 0) % SLICES;
let offset = Math.floor(Math.random() * SLICE);

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on right now, and no other worker of this run will pick. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < SLICE; tries++) {
    const port = FIRST_PORT + slice * SLICE + (offset++ % SLICE);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT + slice * SLICE}–${FIRST_PORT + (slice + 1) * SLICE - 1}`);
}
