import { InternalCallError, InternalClient } from './internal-client';

/** A client whose `request` answers from a script; `lookUp`'s cache and error mapping stay real. */
function scripted(answer: () => unknown): InternalClient & { calls: number } {
  const client = new InternalClient('property') as InternalClient & { calls: number };
  client.calls = 0;
  client.request = (async () => {
    client.calls++;
    return answer();
  }) as InternalClient['request'];
  return client;
}

const Q = 'query($id: ID!) { buildingInfo(id: $id) { id compoundId } }';

describe('InternalClient.lookUp (write-time checks of another stakeholder’s ids)', () => {
  it('remembers known answers for the ttl, and asks again for unknown ones', async () => {
    let known = false;
    const client = scripted(() => ({ buildingInfo: known ? { id: 'b', compoundId: 'c' } : null }));
    expect(await client.lookUp('party', 'buildingInfo', Q, { id: 'b' })).toBeNull();
    known = true;
    expect(await client.lookUp('party', 'buildingInfo', Q, { id: 'b' })).toEqual({ id: 'b', compoundId: 'c' });
    expect(await client.lookUp('party', 'buildingInfo', Q, { id: 'b' })).toEqual({ id: 'b', compoundId: 'c' });
    expect(client.calls).toBe(2);
  });

  it('asks every time with ttl 0', async () => {
    const client = scripted(() => ({ fundEntryInfo: { id: 'f' } }));
    await client.lookUp('committee', 'fundEntryInfo', Q, { id: 'f' }, 0);
    await client.lookUp('committee', 'fundEntryInfo', Q, { id: 'f' }, 0);
    expect(client.calls).toBe(2);
  });

  it('reads NOT_FOUND as unknown and any other failure as SERVICE_UNAVAILABLE', async () => {
    const fail = (code: string, permanent: boolean) =>
      scripted(() => {
        throw new InternalCallError('x', permanent, code);
      });
    expect(await fail('NOT_FOUND', true).lookUp('party', 'buildingInfo', Q, { id: 'b' })).toBeNull();
    for (const [code, permanent] of [
      ['SERVICE_UNAVAILABLE', false],
      ['GRAPHQL_VALIDATION_FAILED', true],
      ['FORBIDDEN', true],
    ] as const) {
      await expect(fail(code, permanent).lookUp('party', 'buildingInfo', Q, { id: 'b' })).rejects.toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        message: 'The party service cannot confirm that right now; nothing was written',
      });
    }
  });
});
