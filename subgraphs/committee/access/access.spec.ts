import { Viewer, type RoleGrant } from '../../../shared/auth/viewer';
import { canReadRoll, seesOwnerHoldings, seesOwnerPersonalData } from './access';

const compoundId = '11111111-1111-4111-8111-111111111111';
const otherCompoundId = '22222222-2222-4222-8222-222222222222';
const residentId = '33333333-3333-4333-8333-333333333333';
const viewer = (roles: RoleGrant[], resident?: string) => new Viewer({ sub: 'u', roles, residentId: resident });
const owner = { compoundId, residentId };

describe('committee access rules', () => {
  it('lets the compound’s committee, analysts and services read the roll, not another compound’s committee', () => {
    expect(canReadRoll(viewer([{ role: 'committee_member', compoundId }]), compoundId)).toBe(true);
    expect(canReadRoll(viewer([{ role: 'analyst' }]), compoundId)).toBe(true);
    expect(canReadRoll(Viewer.forService('enterprise'), compoundId)).toBe(true);
    expect(canReadRoll(viewer([{ role: 'committee_member', compoundId: otherCompoundId }]), compoundId)).toBe(false);
    expect(canReadRoll(null, compoundId)).toBe(false);
  });

  it('shows an owner’s name to the owner and the committee, never to analysts', () => {
    expect(seesOwnerPersonalData(viewer([{ role: 'owner', compoundId }], residentId), owner)).toBe(true);
    expect(seesOwnerPersonalData(viewer([{ role: 'committee_member', compoundId }]), owner)).toBe(true);
    expect(seesOwnerPersonalData(viewer([{ role: 'analyst' }]), owner)).toBe(false);
    expect(seesOwnerPersonalData(viewer([{ role: 'owner', compoundId }]), owner)).toBe(false);
  });

  it('shows holdings to the owner and to whoever reads the roll', () => {
    expect(seesOwnerHoldings(viewer([{ role: 'owner', compoundId }], residentId), owner)).toBe(true);
    expect(seesOwnerHoldings(viewer([{ role: 'analyst' }]), owner)).toBe(true);
    expect(seesOwnerHoldings(viewer([{ role: 'resident', compoundId }]), owner)).toBe(false);
  });
});
