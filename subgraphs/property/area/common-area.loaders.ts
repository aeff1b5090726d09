import type { RequestContext } from '../../../shared/server/context';
import { CommonArea } from './common-area.entity';
import { groupedLoader } from '../../../shared/db/entity-loaders';

export function areasByCompound(ctx: RequestContext) {
  return groupedLoader(ctx, 'areasByCompound', CommonArea, 'compoundId', { key: 'ASC' });
}
