import '../shared/server/resolution-cache-from-env';
import { loadTrust } from '../shared/auth/trust';
import { metricsSettings, portOf } from '../shared/config';
import { installStopHandlers, onStop } from '../shared/server/lifecycle';
import { logger } from '../shared/server/logger';
import { saveResolutionCache } from '../shared/server/resolution-cache';

installStopHandlers();
Promise.resolve()
  .then(async () => {
    // The settings that can refuse a start first, before the gateway's code is loaded:
    // a refused start costs a fraction of a second.
    const trust = loadTrust('gateway');
    metricsSettings();
    const [{ startGateway }, { startTracing, stopTracing }] = await Promise.all([
      import('./gateway.js'),
      import('../shared/observability/tracing.js'),
    ]);
    if (startTracing('gateway')) logger.info('tracing on');
    const gateway = await startGateway(portOf('gateway'), { trust });
    logger.info({ url: gateway.url }, 'gateway ready');
    saveResolutionCache(); // what the next start may reuse
    onStop(async () => {
      await gateway.stop();
      await stopTracing();
    });
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
