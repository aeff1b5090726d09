import { buildFingerprint } from '../build-fingerprint';
import { useResolutionCache } from './resolution-cache';

/**
 * Imported first by each service's entry, so that what the service loads after it
 * resolves through the cache `RESOLUTION_CACHE` names (set by `npm start`'s launcher;
 * shared/server/resolution-cache.ts). Nothing without it, or without a build fingerprint.
 */
const file = process.env.RESOLUTION_CACHE;
const build = file ? buildFingerprint() : undefined;
if (file && build) useResolutionCache(file, build);
