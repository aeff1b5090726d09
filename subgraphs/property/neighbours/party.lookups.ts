import { InternalClient } from '../../../shared/handover/internal-client';
import { badInput, serviceUnavailable } from '../../../shared/errors';
import { localDate } from '../../../shared/time/local-time';

/** What the party subgraph (the org tree's owner) says about a building or a station. */
export interface PlaceInfo {
  id: string;
  compoundId: string;
}

/**
 * Write-time look-ups in party's registry (the org tree's owner). Property never reads
 * party's database: it asks party (service token, short cache). `null` means party does not know the id; an
 * unreachable or unready party is SERVICE_UNAVAILABLE so the write is refused whole.
 */
export interface PartyDirectory {
  buildingInfo(id: string): Promise<PlaceInfo | null>;
  stationInfo(id: string): Promise<PlaceInfo | null>;
  /**
   * Is the station's compound working on this local day (party's calendar: weekdays,
   * unless the compound marks an extra holiday or working day, 调休)?
   */
  workingDay(stationId: string, at: Date): Promise<boolean>;
}

const CACHE_MS = 60_000;

/** The real directory: party's internal queries `buildingInfo(id)` and `serviceStationInfo(id)`. */
export class InternalPartyDirectory implements PartyDirectory {
  constructor(private readonly client: InternalClient = new InternalClient('property')) {}

  buildingInfo(id: string): Promise<PlaceInfo | null> {
    return this.ask('buildingInfo', id);
  }

  stationInfo(id: string): Promise<PlaceInfo | null> {
    return this.ask('serviceStationInfo', id);
  }

  async workingDay(stationId: string, at: Date): Promise<boolean> {
    try {
      // One answer per station and local day: the calendar rarely changes.
      return await this.client.cached(`workingDay:${stationId}:${localDate(at)}`, CACHE_MS, async () => {
        const data = await this.client.request<{ serviceStation: { onDuty: { workingDay: boolean } | null } }>(
          'party',
          `query($id: ID!, $at: DateTimeISO) { serviceStation(id: $id) { onDuty(at: $at) { workingDay } } }`,
          { id: stationId, at: at.toISOString() },
        );
        // Nullable in party's schema (references from property reach it); party always answers it here.
        if (!data.serviceStation.onDuty) throw new Error('party gave no duty answer');
        return data.serviceStation.onDuty.workingDay;
      });
    } catch {
      throw serviceUnavailable("The party calendar could not say whether it is the grid's working day; try again later");
    }
  }

  private ask(field: 'buildingInfo' | 'serviceStationInfo', id: string): Promise<PlaceInfo | null> {
    return this.client.lookUp<PlaceInfo>('party', field, `query($id: ID!) { ${field}(id: $id) { id compoundId } }`, { id }, CACHE_MS);
  }
}

let current: PartyDirectory | undefined;

/** The directory in use (the internal client unless a test swapped it). */
export function partyDirectory(): PartyDirectory {
  current ??= new InternalPartyDirectory();
  return current;
}

/** Swaps the directory (tests: a fresh one has an empty cache); returns the undo. */
export function usePartyDirectory(directory: PartyDirectory): () => void {
  const previous = current;
  current = directory;
  return () => {
    current = previous;
  };
}

/** A building of this compound, or BAD_USER_INPUT naming the building. */
export async function assertBuildingInCompound(buildingId: string, compoundId: string): Promise<void> {
  const info = await partyDirectory().buildingInfo(buildingId);
  if (!info) throw badInput(`Building ${buildingId} is not known to the party registry`, { field: 'buildingId', buildingId });
  if (info.compoundId !== compoundId) {
    throw badInput(`Building ${buildingId} belongs to another compound`, { field: 'buildingId', buildingId });
  }
}
