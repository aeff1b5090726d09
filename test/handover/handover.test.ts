/**
 * The hand-over mechanism's suites (outbox, relay, idempotent receiver), run as one file
 * so they share one module load; each suite still starts its own services on fresh
 * databases. Run one with `npx jest test/handover -t '<its describe name>'`.
 */
import './receiver.suite';
import './relay.suite';
