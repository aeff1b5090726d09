import { Viewer } from '../../../shared/auth/viewer';
import { addresses, readerAudience, staffCompanies } from './audience';

const COMPOUND_A = '11111111-1111-4111-8111-111111111111';
const COMPOUND_B = '22222222-2222-4222-8222-222222222222';
const COMMUNITY = '33333333-3333-4333-8333-333333333333';
const RESIDENT = '44444444-4444-4444-8444-444444444444';
const COMPANY_K = '55555555-5555-4555-8555-555555555555';
const COMPANY_L = '66666666-6666-4666-8666-666666666666';

const viewer = (roles: Viewer['claims']['roles'], residentId?: string) => new Viewer({ sub: 'u', roles, residentId });
const keysOf = (v: Viewer, staff = null as Parameters<typeof readerAudience>[1]) => readerAudience(v, staff).keys;

describe("a reader's audience", () => {
  it("places a grid worker among their compound's grid workers, nowhere else", () => {
    expect(keysOf(viewer([{ role: 'grid_worker', compoundId: COMPOUND_A }]))).toEqual([`GRID_WORKERS:${COMPOUND_A}`]);
  });

  it("tells a compound's Party secretary from a community's: scopes match exactly", () => {
    expect(keysOf(viewer([{ role: 'party_secretary', compoundId: COMPOUND_A }]))).toEqual([`PARTY_SECRETARY:${COMPOUND_A}`]);
    expect(keysOf(viewer([{ role: 'party_secretary', communityId: COMMUNITY }]))).toEqual([`COMMUNITY_PARTY_SECRETARIES:${COMMUNITY}`]);
  });

  it('places a resident or owner with a residentId as that resident, and nobody else', () => {
    expect(keysOf(viewer([{ role: 'resident', compoundId: COMPOUND_A }], RESIDENT))).toEqual([`RESIDENT:${RESIDENT}`]);
    expect(keysOf(viewer([{ role: 'owner', compoundId: COMPOUND_A }], RESIDENT))).toEqual([`RESIDENT:${RESIDENT}`]);
    expect(keysOf(viewer([{ role: 'resident', compoundId: COMPOUND_A }]))).toEqual([]);
    expect(keysOf(viewer([{ role: 'committee_member', compoundId: COMPOUND_A }], RESIDENT))).toEqual([]);
  });

  it("gives property staff the duty managers' and after-hours keys property names, within the token's companies", () => {
    const staff = viewer([{ role: 'property_staff', companyId: COMPANY_K }]);
    expect(staffCompanies(staff)).toEqual([COMPANY_K]);
    expect(keysOf(staff, { dutyManagerCompanyIds: [COMPANY_K, COMPANY_L], afterHoursCompoundIds: [COMPOUND_B] })).toEqual([
      `DUTY_MANAGERS:${COMPANY_K}`,
      `PROPERTY_ON_DUTY:${COMPOUND_B}`,
    ]);
    // Property unreachable: no staff keys, no failure.
    expect(keysOf(staff, null)).toEqual([]);
  });

  it('lets an analyst read every impersonal event and an admin every event', () => {
    expect(readerAudience(viewer([{ role: 'analyst' }]), null)).toEqual({ everything: false, everyImpersonal: true, keys: [] });
    expect(readerAudience(viewer([{ role: 'admin' }]), null)).toEqual({ everything: true, everyImpersonal: false, keys: [] });
  });

  it('adds up several grants', () => {
    const both = viewer([
      { role: 'grid_worker', compoundId: COMPOUND_A },
      { role: 'grid_worker', compoundId: COMPOUND_B },
      { role: 'resident', compoundId: COMPOUND_A },
    ]);
    expect(keysOf(both)).toEqual([`GRID_WORKERS:${COMPOUND_A}`, `GRID_WORKERS:${COMPOUND_B}`]);
  });
});

describe('whether an event is addressed to a reader (the push stream, in memory)', () => {
  const toA = { audience: [`GRID_WORKERS:${COMPOUND_A}`], personal: false };
  const toResident = { audience: [`RESIDENT:${RESIDENT}`], personal: true };

  it('matches on one shared audience key, as myNotifications does in SQL', () => {
    const gridA = readerAudience(viewer([{ role: 'grid_worker', compoundId: COMPOUND_A }]), null);
    const gridB = readerAudience(viewer([{ role: 'grid_worker', compoundId: COMPOUND_B }]), null);
    expect([addresses(gridA, toA), addresses(gridB, toA), addresses(gridA, toResident)]).toEqual([true, false, false]);
  });

  it('gives an analyst every impersonal event and no personal one, an admin both', () => {
    const analyst = readerAudience(viewer([{ role: 'analyst' }]), null);
    const admin = readerAudience(viewer([{ role: 'admin' }]), null);
    expect([addresses(analyst, toA), addresses(analyst, toResident)]).toEqual([true, false]);
    expect([addresses(admin, toA), addresses(admin, toResident)]).toEqual([true, true]);
  });
});
