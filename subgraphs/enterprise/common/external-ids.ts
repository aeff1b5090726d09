import { serviceUnavailable } from '../../../shared/errors';
import { InternalCallError, InternalClient } from '../../../shared/handover/internal-client';

/**
 * Other stakeholders' ids checked at write time through their own subgraphs (service
 * token, briefly cached). Unreachable → SERVICE_UNAVAILABLE, and the write does not happen.
 * The client finds the services through the process's service directory (`PARTY_URL`
 * etc., or the in-process stack's registration).
 */
const client = new InternalClient('enterprise');
const TTL_MS = 60_000;

async function answer<T>(target: 'committee' | 'property', call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof InternalCallError && error.code === 'NOT_FOUND') return null;
    if (error instanceof InternalCallError && !error.permanent) throw serviceUnavailable(`The ${target} service cannot confirm the id right now; nothing was written`);
    throw error;
  }
}

/** Ids that exist stay known for a while; unknown ones are asked again next time. */
function lookUp<T>(key: string, target: 'committee' | 'property', query: string, variables: Record<string, unknown>, pick: (data: any) => T): Promise<T | null> {
  return answer(target, () => client.cached(key, TTL_MS, async () => pick(await client.request(target, query, variables))));
}

function ask<T>(target: 'committee' | 'property', query: string, variables: Record<string, unknown>, pick: (data: any) => T): Promise<T | null> {
  return answer(target, async () => pick(await client.request(target, query, variables)));
}

/** The compound of an owners' committee, or null when the committee does not exist. */
export function committeeCompound(committeeId: string): Promise<string | null> {
  return lookUp(`committee:${committeeId}`, 'committee', 'query($id: ID!) { ownersCommittee(id: $id) { compound { id } } }', { id: committeeId }, (d) => d.ownersCommittee.compound.id as string);
}

/** Whether a property company exists. */
export async function propertyCompanyExists(companyId: string): Promise<boolean> {
  return (await lookUp(`company:${companyId}`, 'property', 'query($id: ID!) { propertyCompany(id: $id) { id } }', { id: companyId }, (d) => d.propertyCompany.id as string)) !== null;
}

/** What the committee says about one of its fund entries. */
export interface FundEntryFacts {
  id: string;
  compoundId: string;
  committeeId: string;
  direction: 'INCOME' | 'SPENDING';
  status: 'PENDING_APPROVAL' | 'POSTED' | 'REJECTED';
  amountFen: bigint;
  reversed: boolean;
}

/**
 * A committee fund entry, or null when the committee does not know it. Not cached: a
 * spending's status and reversal can change, and money is checked against what is true now.
 */
export function committeeFundEntry(fundEntryId: string): Promise<FundEntryFacts | null> {
  return ask(
    'committee',
    'query($id: ID!) { fundEntryInfo(id: $id) { id compoundId committeeId direction status amount reversed } }',
    { id: fundEntryId },
    (d) => (d.fundEntryInfo ? { ...d.fundEntryInfo, amountFen: BigInt(d.fundEntryInfo.amount) } : null),
  );
}
