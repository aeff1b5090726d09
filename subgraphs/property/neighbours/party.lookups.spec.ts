import { InternalCallError, InternalClient } from '../../../shared/handover/internal-client';
import { InternalPartyDirectory } from './party.lookups';

/** An InternalClient whose `request` answers from a script (its cache stays real). */
function clientAnswering(answer: (query: string, variables: Record<string, unknown>) => unknown): InternalClient & { queries: string[] } {
  const client = new InternalClient('property') as InternalClient & { queries: string[] };
  client.queries = [];
  client.request = (async (_target: string, query: string, variables: Record<string, unknown> = {}) => {
    client.queries.push(query);
    return answer(query, variables);
  }) as InternalClient['request'];
  return client;
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => e.extensions?.code ?? String(e),
  );

describe('the party directory over the internal client', () => {
  it("asks party's buildingInfo and caches the answer", async () => {
    const client = clientAnswering((_q, v) => ({ buildingInfo: { id: v.id, compoundId: 'c-1' } }));
    const dir = new InternalPartyDirectory(client);
    expect(await dir.buildingInfo('b-1')).toEqual({ id: 'b-1', compoundId: 'c-1' });
    expect(await dir.buildingInfo('b-1')).toEqual({ id: 'b-1', compoundId: 'c-1' });
    expect(client.queries).toHaveLength(1);
    expect(client.queries[0]).toContain('buildingInfo(id: $id) { id compoundId }');
  });

  it('reads null or NOT_FOUND as unknown, and anything else as SERVICE_UNAVAILABLE', async () => {
    expect(await new InternalPartyDirectory(clientAnswering(() => ({ buildingInfo: null }))).buildingInfo('b')).toBeNull();
    const notFound = clientAnswering(() => {
      throw new InternalCallError('no such building', true, 'NOT_FOUND');
    });
    expect(await new InternalPartyDirectory(notFound).buildingInfo('b')).toBeNull();
    const down = clientAnswering(() => {
      throw new InternalCallError('The party service could not be reached', false, 'SERVICE_UNAVAILABLE');
    });
    expect(await codeOf(new InternalPartyDirectory(down).buildingInfo('b'))).toBe('SERVICE_UNAVAILABLE');
    const unready = clientAnswering(() => {
      throw new InternalCallError('Cannot query field "serviceStationInfo"', true, 'GRAPHQL_VALIDATION_FAILED');
    });
    expect(await codeOf(new InternalPartyDirectory(unready).stationInfo('s'))).toBe('SERVICE_UNAVAILABLE');
  });

  it("asks party's calendar once per station and local day", async () => {
    const client = clientAnswering((_q, v) => ({ serviceStation: { onDuty: { workingDay: v.at === '2026-11-28T02:00:00.000Z' } } }));
    const dir = new InternalPartyDirectory(client);
    expect(await dir.workingDay('s-1', new Date('2026-11-28T02:00:00Z'))).toBe(true);
    // Same Shanghai day (Saturday 2026-11-28), later: the cached answer.
    expect(await dir.workingDay('s-1', new Date('2026-11-28T10:00:00Z'))).toBe(true);
    expect(client.queries).toHaveLength(1);
    // Another day, another question.
    expect(await dir.workingDay('s-1', new Date('2026-11-29T02:00:00Z'))).toBe(false);
    expect(client.queries).toHaveLength(2);
    expect(client.queries[0]).toContain('serviceStation(id: $id) { onDuty(at: $at) { workingDay } }');
    const down = clientAnswering(() => {
      throw new InternalCallError('The party service could not be reached', false, 'SERVICE_UNAVAILABLE');
    });
    expect(await codeOf(new InternalPartyDirectory(down).workingDay('s', new Date()))).toBe('SERVICE_UNAVAILABLE');
  });
});
