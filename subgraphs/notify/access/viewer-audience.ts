import type { Viewer } from '../../../shared/auth/viewer';
import { staffAudienceOf } from '../neighbours/property.lookups';
import { readerAudience, staffCompanies, type ReaderAudience } from './audience';

/** A person's audience: from the token, and from property's (cached) answer when the token grants property staff. */
export async function audienceOfViewer(viewer: Viewer): Promise<ReaderAudience> {
  const companies = staffCompanies(viewer);
  const staff = companies.length > 0 ? await staffAudienceOf(viewer.id, companies) : null;
  return readerAudience(viewer, staff);
}
