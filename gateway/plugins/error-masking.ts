import type { GraphQLFormattedError } from 'graphql';
import { maskError } from '../../shared/server/error-format';
import { logger } from '../../shared/server/logger';

/**
 * The gateway's `formatError`: errors with a public code (the subgraphs' own, or
 * SERVICE_UNAVAILABLE from the SubgraphClient) pass through without stack traces;
 * anything else is masked (see maskError). `serviceName` stays only on
 * SERVICE_UNAVAILABLE, where it names the stakeholder that is down.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const masked = maskError(formatted, original, logger);
  const { serviceName, ...rest } = (masked.extensions ?? {}) as Record<string, unknown>;
  const extensions = rest.code === 'SERVICE_UNAVAILABLE' && serviceName ? { ...rest, serviceName } : rest;
  return { ...masked, extensions };
}
