import { InternalClient } from '../../../shared/handover/internal-client';

/** The property subgraph's ids checked at write time (service token, briefly cached; unreachable → SERVICE_UNAVAILABLE). */
const client = new InternalClient('enterprise');

/** Whether a property company (物业公司) exists. */
export async function propertyCompanyExists(companyId: string): Promise<boolean> {
  return (
    (await client.lookUp('property', 'propertyCompany', 'query($id: ID!) { propertyCompany(id: $id) { id } }', { id: companyId })) !== null
  );
}
