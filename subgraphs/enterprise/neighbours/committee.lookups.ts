import { InternalClient } from '../../../shared/handover/internal-client';

/**
 * The committee's ids checked at write time through its own subgraph (service token,
 * briefly cached). Unreachable → SERVICE_UNAVAILABLE, and the write does not happen.
 */
const client = new InternalClient('enterprise');

/** The compound of an owners' committee (业委会), or null when the committee does not exist. */
export async function committeeCompound(committeeId: string): Promise<string | null> {
  const committee = await client.lookUp<{ compound: { id: string } }>(
    'committee',
    'ownersCommittee',
    'query($id: ID!) { ownersCommittee(id: $id) { compound { id } } }',
    { id: committeeId },
  );
  return committee?.compound.id ?? null;
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
 * A committee fund entry (公共经费分录), or null when the committee does not know it. Not
 * cached: a spending's status and reversal can change, and money is checked against what
 * is true now.
 */
export async function committeeFundEntry(fundEntryId: string): Promise<FundEntryFacts | null> {
  const entry = await client.lookUp<Omit<FundEntryFacts, 'amountFen'> & { amount: string }>(
    'committee',
    'fundEntryInfo',
    'query($id: ID!) { fundEntryInfo(id: $id) { id compoundId committeeId direction status amount reversed } }',
    { id: fundEntryId },
    0,
  );
  return entry ? { ...entry, amountFen: BigInt(entry.amount) } : null;
}
