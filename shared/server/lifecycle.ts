/**
 * How every service process (subgraph, gateway) stops: on SIGINT, SIGTERM, or when the
 * launcher that started it goes away (its IPC channel closes, even if it was killed
 * hard), it runs its stop function once and exits 0 — 1 if stopping failed. Installed
 * first thing, so a signal during start-up (migrations, seeding) stops it too.
 */
let stopService: (() => Promise<void>) | undefined;
let stopping = false;

function stopNow(): void {
  if (stopping) return;
  stopping = true;
  const stop = stopService ?? (() => Promise.resolve());
  stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

export function installStopHandlers(): void {
  process.once('SIGINT', stopNow);
  process.once('SIGTERM', stopNow);
  if (process.connected) process.once('disconnect', stopNow);
}

/** What to close when the process is told to stop; set once the service is up. */
export function onStop(stop: () => Promise<void>): void {
  stopService = stop;
}
