import type { GraphQLFormattedError } from 'graphql';
import { maskError } from '../../shared/server/error-format';
import { logger } from '../../shared/server/logger';

/**
 * The gateway's `formatError`. A subgraph that cannot be reached becomes
 * SERVICE_UNAVAILABLE naming the stakeholder, never its internal URL; errors a subgraph
 * raised with a public code pass through; anything else is masked (see maskError).
 */
export function formatGatewayError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const extensions = (formatted.extensions ?? {}) as Record<string, unknown>;
  const service = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  const code = extensions.code;
  const fetchFailed = service && (code === undefined || code === 'INTERNAL_SERVER_ERROR' || code === 'DOWNSTREAM_SERVICE_ERROR') && /fetch|ECONNREFUSED|socket|network|timeout|ENOTFOUND/i.test(formatted.message);
  if (fetchFailed) {
    logger.warn({ service, message: formatted.message }, 'subgraph unreachable');
    return { message: `The ${service} service is unavailable`, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: service } };
  }
  const masked = maskError(formatted, original, logger);
  const { serviceName: _service, ...rest } = (masked.extensions ?? {}) as Record<string, unknown>;
  return { ...masked, extensions: rest };
}
