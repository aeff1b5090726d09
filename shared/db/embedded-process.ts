import { startEmbeddedPostgres } from './embedded';

/**
 * `node dist/shared/db/embedded-process.js '<options JSON>'`: an embedded PostgreSQL in
 * a process of its own (a test file's throwaway cluster, or a benchmark's in its own
 * session). Prints `ready <url>` once it serves, and stops the cluster when its stdin
 * ends — closed by the parent, or by the system when the parent dies, so no cluster
 * outlives it.
 */
startEmbeddedPostgres(JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof startEmbeddedPostgres>[0]).then(
  (server) => {
    process.stdin.on('end', () => void server.stop().then(() => process.exit(0)));
    process.stdin.resume();
    process.stdout.write(`ready ${server.url}\n`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
