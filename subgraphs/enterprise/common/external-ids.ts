import { serviceUnavailable } from '../../../shared/errors';
import { InternalCallError, InternalClient } from '../../../shared/handover/internal-client';

/**
 * Other stakeholders' ids checked at write time through their own subgraphs (service
 * token, briefly cached). Unreachable → SERVICE_UNAVAILABLE, and the write does not happen.
 */
let client = new InternalClient('enterprise');
const TTL_MS = 60_000;

/** Tests point the client at their in-process services. */
export function useInternalClient(next: InternalClient): void {
  client = next;
}

async function lookUp<T>(key: string, query: string, variables: Record<string, unknown>, pick: (data: any) => T, target: 'committee' | 'property'): Promise<T | null> {
  try {
    return await client.cached(key, TTL_MS, async () => pick(await client.request(target, query, variables)));
  } catch (error) {
    if (error instanceof InternalCallError && error.code === 'NOT_FOUND') return null;
    if (error instanceof InternalCallError && !error.permanent) throw serviceUnavailable(`The ${target} service cannot confirm the id right now; nothing was written`);
    throw error;
  }
}

/** The compound of an owners' committee, or null when the committee does not exist. */
export function committeeCompound(committeeId: string): Promise<string | null> {
  return lookUp(`committee:${committeeId}`, 'query($id: ID!) { ownersCommittee(id: $id) { compound { id } } }', { id: committeeId }, (d) => d.ownersCommittee.compound.id as string, 'committee');
}

/** Whether a property company exists. */
export async function propertyCompanyExists(companyId: string): Promise<boolean> {
  return (await lookUp(`company:${companyId}`, 'query($id: ID!) { propertyCompany(id: $id) { id } }', { id: companyId }, (d) => d.propertyCompany.id as string, 'property')) !== null;
}
