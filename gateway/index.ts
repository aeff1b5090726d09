import { portOf } from '../shared/config';
import { startTracing, stopTracing } from '../shared/observability/tracing';
import { installStopHandlers, onStop } from '../shared/server/lifecycle';
import { logger } from '../shared/server/logger';
import { startGateway } from './gateway';

installStopHandlers();
Promise.resolve()
  .then(() => {
    if (startTracing('gateway')) logger.info('tracing on');
    return startGateway(portOf('gateway'));
  })
  .then((gateway) => {
    logger.info({ url: gateway.url }, 'gateway ready');
    onStop(async () => {
      await gateway.stop();
      await stopTracing();
    });
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
