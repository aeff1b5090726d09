import { InternalCallError, InternalClient } from '../../../shared/handover/internal-client';
import { serviceUnavailable } from '../../../shared/errors';

/**
 * Where the committee checks a household id at write time. The party subgraph owns
 * households (the org tree); the committee never reads party's database but asks
 * party's internal `householdInfo(id)` with a service token, briefly cached (a
 * household's compound does not change). Party unreachable → SERVICE_UNAVAILABLE, so
 * the write is refused whole.
 */
export type HouseholdCheck = 'OK' | 'UNKNOWN' | 'OTHER_COMPOUND';

interface HouseholdInfo {
  id: string;
  compoundId: string;
}

const CACHE_MS = 60_000;

class NotKnown extends Error {}
const client = new InternalClient('committee');

export async function checkHousehold(householdId: string, compoundId: string): Promise<HouseholdCheck> {
  let info: HouseholdInfo | null;
  try {
    info = await client.cached(`householdInfo:${householdId}`, CACHE_MS, async () => {
      const data = await client.request<{ householdInfo: HouseholdInfo | null }>(
        'party',
        'query($id: ID!) { householdInfo(id: $id) { id compoundId } }',
        { id: householdId },
      );
      // Only known households are remembered: one party registers next is usable at once.
      if (!data.householdInfo) throw new NotKnown();
      return data.householdInfo;
    });
  } catch (error) {
    if (error instanceof NotKnown || (error instanceof InternalCallError && error.code === 'NOT_FOUND')) info = null;
    // Unreachable, or party cannot answer yet: nothing may be written.
    else throw serviceUnavailable('The party registry could not confirm the household; try again later');
  }
  if (!info) return 'UNKNOWN';
  return info.compoundId === compoundId ? 'OK' : 'OTHER_COMPOUND';
}
