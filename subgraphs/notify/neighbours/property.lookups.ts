import { InternalClient } from '../../../shared/handover/internal-client';
import { logger } from '../../../shared/server/logger';
import type { StaffAudience } from '../access/audience';

/**
 * Property's answer about a staff member, asked through its internal query
 * `staffAudience` with notify's own assertion and kept 30 s: whose duty managers the
 * member is, and which compounds' after-hours intake the member's companies take.
 * A reader's query must not fail because property is away: then null (no staff keys)
 * and a warning. A short timeout, since a reader waits for it.
 */
const client = new InternalClient('notify', undefined, undefined, 2_000);
const log = logger.child({ component: 'notify-staff-audience' });
const TTL_MS = 30_000;

export const STAFF_AUDIENCE_QUERY = `query StaffAudience($sub: String!, $companyIds: [ID!]!) {
  staffAudience(sub: $sub, companyIds: $companyIds) { dutyManagerCompanyIds afterHoursCompoundIds }
}`;

export async function staffAudienceOf(sub: string, companyIds: string[]): Promise<StaffAudience | null> {
  if (companyIds.length === 0) return null;
  try {
    return await client.cached(`staffAudience:${sub}:${companyIds.join(',')}`, TTL_MS, async () => {
      const data = await client.request<{ staffAudience: StaffAudience }>('property', STAFF_AUDIENCE_QUERY, { sub, companyIds });
      return {
        dutyManagerCompanyIds: data.staffAudience.dutyManagerCompanyIds.map((id) => id.toLowerCase()),
        afterHoursCompoundIds: data.staffAudience.afterHoursCompoundIds.map((id) => id.toLowerCase()),
      };
    });
  } catch (error) {
    log.warn(
      { err: error, companyIds },
      'property could not say whose duty managers or after-hours staff the reader is; staff audiences left out',
    );
    return null;
  }
}
