import { portOf } from '../shared/config';
import { logger } from '../shared/server/logger';
import { startGateway } from './gateway';

startGateway(portOf('gateway'))
  .then((gateway) => {
    logger.info({ url: gateway.url }, 'gateway ready');
    const shutdown = async () => {
      await gateway.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
