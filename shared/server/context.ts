import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import type { LoaderRegistry } from '../db/loaders';
import type { Viewer } from '../auth/viewer';

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  /** The verified caller, or null when no valid token came with the request. */
  viewer: Viewer | null;
  /** Why the token was refused, when one came and was refused. */
  tokenError?: string;
  /** Per-request DataLoaders. */
  loaders: LoaderRegistry;
  dataSource: DataSource;
  clock: Clock;
  /** The raw `authorization` header (the user token the gateway forwarded). */
  authorization?: string;
}
