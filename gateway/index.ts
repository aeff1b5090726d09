import { portOf } from '../shared/config';
import { installStopHandlers, onStop } from '../shared/server/lifecycle';
import { logger } from '../shared/server/logger';
import { startGateway } from './gateway';

installStopHandlers();
startGateway(portOf('gateway'))
  .then((gateway) => {
    logger.info({ url: gateway.url }, 'gateway ready');
    onStop(() => gateway.stop());
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
