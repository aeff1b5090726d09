import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from './common-area.entity';

/** Each compound's common areas: `commonAreas` and `uncoveredZones` over a page of compounds are one statement. */
export function areasByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'areasByCompound', CommonArea, 'compoundId', { key: 'ASC' });
}
