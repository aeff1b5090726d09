import pino from 'pino';

/** JSON logs to stdout; `LOG_LEVEL` sets the level (tests default to `silent`). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
  base: undefined,
});
