import { requireViewer } from '../../../shared/auth/require-viewer';
import { byIdLoader, groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { seesResident } from '../access/access';
import { Resident } from './resident.entity';

/** Residents by id: entity references and the reporter/wisher of a page of reports or wishes, in one statement. */
export const residentById = (ctx: RequestContext) => byIdLoader(ctx, 'residentById', Resident);
/** A household's residents: one statement for every household of a page. */
export const residentsByHousehold = (ctx: RequestContext) =>
  groupedLoader(ctx, 'residentsByHousehold', Resident, 'householdId', { id: 'ASC' });

/** A resident as this viewer may reach it (entity references, nested fields): null when not theirs to see. */
export async function visibleResident(ctx: RequestContext, id: string): Promise<Resident | null> {
  const resident = await residentById(ctx).load(id);
  return resident && seesResident(requireViewer(ctx), resident) ? resident : null;
}
