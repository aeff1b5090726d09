/**
 * The property stakeholder's end-to-end suites, run as one file so they share one module
 * load; each suite still starts its own stack on fresh databases (test/support/stack.ts).
 * Run them with `npx jest test/e2e/property`, one with `-t '<its describe name>'`.
 */
import './property/contracts.suite';
import './property/intake-open-days.suite';
import './property/notify-events.suite';
import './property/report-handovers-workers.suite';
import './property/report-handovers.suite';
import './property/stats.suite';
import './property/work-orders.suite';
