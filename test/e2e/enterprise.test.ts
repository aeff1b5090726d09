/**
 * The enterprise stakeholder's end-to-end suites, run as one file so they share one module
 * load; each suite still starts its own stack on fresh databases (test/support/stack.ts).
 * Run them with `npx jest test/e2e/enterprise`, one with `-t '<its describe name>'`.
 */
import './enterprise/analytics.suite';
import './enterprise/canteen.suite';
import './enterprise/market-and-cofunding.suite';
import './enterprise/settlement-split.suite';
import './enterprise/settlement.suite';
import './enterprise/veg-shop.suite';
