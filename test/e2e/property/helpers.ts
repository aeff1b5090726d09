import type { PartyDirectory, PlaceInfo } from '../../../subgraphs/property/party/party-directory';
import type { GraphQLResult, Stack } from '../../support/stack';
import { INTERNAL_CREDENTIAL_HEADER } from '../../../shared/auth/internal-credential';
import { authSettings } from '../../../shared/config';
import { localDate } from '../../../shared/time/local-time';

/**
 * Party's registry read straight from party's test database: for tests where party is
 * not what is being tested (party does not serve `buildingInfo` yet). Stations are
 * given by the test, as party has none yet.
 */
export function partyDatabaseDirectory(stack: Stack, stations: Record<string, string> = {}): PartyDirectory & { calls: number } {
  const dir = {
    calls: 0,
    async buildingInfo(id: string): Promise<PlaceInfo | null> {
      dir.calls++;
      const rows = await stack.dataSources.party.query('SELECT id, compound_id AS "compoundId" FROM building WHERE id = $1', [id]);
      return rows[0] ?? null;
    },
    async stationInfo(id: string): Promise<PlaceInfo | null> {
      dir.calls++;
      return stations[id] ? { id, compoundId: stations[id] } : null;
    },
    async workingDay(stationId: string, at: Date): Promise<boolean> {
      dir.calls++;
      const rows = await stack.dataSources.party.query(
        `SELECT d.kind FROM compound_calendar_day d WHERE d.compound_id = $1 AND d.day = $2::date`,
        [stations[stationId] ?? null, localDate(at)],
      );
      if (rows[0]) return rows[0].kind === 'WORKING_DAY';
      const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(at);
      return weekday !== 'Sat' && weekday !== 'Sun';
    },
  };
  return dir;
}

/** Calls the property subgraph as the gateway does (for `_entities` of types no root field reaches yet). */
export async function propertyDirect(stack: Stack, query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResult> {
  const response = await fetch(stack.directory.urlOf('property'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [INTERNAL_CREDENTIAL_HEADER]: authSettings().internalCredential },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult;
  return { status: response.status, data: body.data, errors: body.errors };
}

export const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
