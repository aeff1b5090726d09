/**
 * The notify service's end-to-end suites (the street office's platform, not a
 * stakeholder), run as one file so they share one module load; each suite starts its own
 * stack on fresh databases. Run them with `npx jest test/e2e/notify`.
 */
import './notify/notifications.suite';
