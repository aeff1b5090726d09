/**
 * notify's outbound webhooks (subgraphs/notify/webhook/), end to end through the gateway.
 * Run with `npx jest test/e2e/notify-webhooks`.
 */
import './notify/webhooks.suite';
