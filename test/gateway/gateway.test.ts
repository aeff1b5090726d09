/**
 * The gateway's in-process suites, run as one file so they share one module load; each
 * suite still starts its own stack on fresh databases (test/support/stack.ts). Run one
 * with `npx jest test/gateway/gateway -t '<its describe name>'`.
 */
import './health.suite';
import './limits-and-errors.suite';
import './load-shedding.suite';
