import type { RequestContext } from '../../../shared/server/context';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import { Resident } from './resident.entity';
import { seesResident } from '../common/access';
import { requireViewer } from '../../../shared/auth/require-viewer';

export const residentById = (ctx: RequestContext) => byIdLoader(ctx, 'residentById', Resident);
export const residentsByHousehold = (ctx: RequestContext) =>
  groupedLoader(ctx, 'residentsByHousehold', Resident, 'householdId', { id: 'ASC' });

/** A resident as this viewer may reach it (entity references, nested fields): null when not theirs to see. */
export async function visibleResident(ctx: RequestContext, id: string): Promise<Resident | null> {
  const resident = await residentById(ctx).load(id);
  return resident && seesResident(requireViewer(ctx), resident) ? resident : null;
}
