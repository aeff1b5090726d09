import { InternalClient } from '../../../shared/handover/internal-client';

/**
 * Write-time look-ups into the party subgraph, which owns households (the org tree).
 * The committee never reads party's database: it asks party's internal `householdInfo(id)`
 * with a service token, briefly cached (a household's compound does not change). Party
 * unreachable → SERVICE_UNAVAILABLE, so the write is refused whole.
 */
export type HouseholdCheck = 'OK' | 'UNKNOWN' | 'OTHER_COMPOUND';

interface HouseholdInfo {
  id: string;
  compoundId: string;
}

const client = new InternalClient('committee');

/** Whether a household exists in party and lies in the given compound. */
export async function checkHousehold(householdId: string, compoundId: string): Promise<HouseholdCheck> {
  const info = await client.lookUp<HouseholdInfo>(
    'party',
    'householdInfo',
    'query($id: ID!) { householdInfo(id: $id) { id compoundId } }',
    { id: householdId },
  );
  if (!info) return 'UNKNOWN';
  return info.compoundId === compoundId ? 'OK' : 'OTHER_COMPOUND';
}
