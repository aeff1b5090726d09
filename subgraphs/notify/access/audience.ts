import type { Viewer } from '../../../shared/auth/viewer';
import { audienceKey } from '../event/notification-event.entity';

/** What property says of a staff member (its internal query `staffAudience`). */
export interface StaffAudience {
  /** The companies, of those asked, whose duty managers this staff member is. */
  dutyManagerCompanyIds: string[];
  /** The compounds whose after-hours intake this staff member's companies take (the station's `onDuty` rule). */
  afterHoursCompoundIds: string[];
}

/**
 * Which events a reader may read: every event (admin), every event that speaks of no
 * one person (analyst), and the events whose audience holds one of `keys`. Scopes
 * match exactly: a community's Party secretary is not a compound's.
 */
export interface ReaderAudience {
  everything: boolean;
  everyImpersonal: boolean;
  keys: string[];
}

/** The property companies whose staff the reader is: what to ask property about. */
export function staffCompanies(viewer: Viewer): string[] {
  return [...new Set(viewer.grants('property_staff').flatMap((g) => (g.companyId ? [g.companyId] : [])))].sort();
}

/**
 * The reader's audience from the verified token, and from property's answer about the
 * reader as staff (null when the reader is no staff member, or property could not say:
 * then the staff audiences are left out, never guessed).
 */
export function readerAudience(viewer: Viewer, staff: StaffAudience | null): ReaderAudience {
  const keys = new Set<string>();
  for (const g of viewer.grants('grid_worker')) if (g.compoundId) keys.add(audienceKey('GRID_WORKERS', g.compoundId));
  for (const g of viewer.grants('party_secretary')) {
    if (g.compoundId) keys.add(audienceKey('PARTY_SECRETARY', g.compoundId));
    if (g.communityId) keys.add(audienceKey('COMMUNITY_PARTY_SECRETARIES', g.communityId));
  }
  if (viewer.residentId && viewer.hasRole('resident', 'owner')) keys.add(audienceKey('RESIDENT', viewer.residentId));
  if (staff) {
    // Only companies the token grants: property's answer never widens the token.
    const companies = new Set(staffCompanies(viewer));
    for (const id of staff.dutyManagerCompanyIds) if (companies.has(id.toLowerCase())) keys.add(audienceKey('DUTY_MANAGERS', id));
    for (const id of staff.afterHoursCompoundIds) keys.add(audienceKey('PROPERTY_ON_DUTY', id));
  }
  return {
    everything: viewer.isAdmin,
    everyImpersonal: viewer.isAnalyst,
    keys: [...keys].sort(),
  };
}

/** Whether an event (its audience keys and `personal` flag) is addressed to a reader: the rule `myNotifications` applies in SQL. */
export function addresses(reader: ReaderAudience, event: { audience: readonly string[]; personal: boolean }): boolean {
  if (reader.everything) return true;
  if (reader.everyImpersonal && !event.personal) return true;
  return event.audience.some((key) => reader.keys.includes(key));
}
