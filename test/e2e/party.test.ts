/**
 * The party stakeholder's end-to-end suites, run as one file so they share one module
 * load; each suite still starts its own stack on fresh databases (test/support/stack.ts).
 * Run them with `npx jest test/e2e/party`, one with `-t '<its describe name>'`.
 */
import './party/activities-points.suite';
import './party/issue-reports.suite';
import './party/lists-and-wishes.suite';
import './party/org-tree-residents.suite';
import './party/party-organisation.suite';
import './party/party-stats.suite';
import './party/promise-escalation.suite';
import './party/service-station.suite';
