/**
 * The committee stakeholder's end-to-end suites, run as one file so they share one module
 * load; each suite still starts its own stack on fresh databases (test/support/stack.ts).
 * Run them with `npx jest test/e2e/committee`, one with `-t '<its describe name>'`.
 */
import './committee/analytics.suite';
import './committee/committee-election.suite';
import './committee/consultation-and-documents.suite';
import './committee/follow-the-money.suite';
import './committee/joint-vote.suite';
import './committee/public-fund.suite';
