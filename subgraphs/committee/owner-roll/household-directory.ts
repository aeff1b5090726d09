/**
 * Where the committee checks a household id at write time. The party subgraph owns
 * households but exposes no internal query for them yet, so the default accepts any
 * well-formed id of the compound as given; when party adds one, implement
 * `PartyHouseholdDirectory` with `InternalClient.cached` (SERVICE_UNAVAILABLE when
 * party cannot be reached, BAD_USER_INPUT for an unknown household or one of another
 * compound) and set it with `setHouseholdDirectory`.
 */
export type HouseholdCheck = 'OK' | 'UNKNOWN' | 'OTHER_COMPOUND';

export interface HouseholdDirectory {
  check(householdId: string, compoundId: string): Promise<HouseholdCheck>;
}

export const acceptAsGiven: HouseholdDirectory = {
  check: async () => 'OK',
};

let current: HouseholdDirectory = acceptAsGiven;

export function householdDirectory(): HouseholdDirectory {
  return current;
}

export function setHouseholdDirectory(directory: HouseholdDirectory): void {
  current = directory;
}
