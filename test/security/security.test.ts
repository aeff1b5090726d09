/**
 * Trust between the services and production's refusal of unsafe keys, run as one file so
 * they share one module load; each suite starts what it needs on its own. Run one with
 * `npx jest test/security -t '<its describe name>'`.
 */
import './production-start.suite';
import './trust.suite';
