import { Viewer } from '../../../shared/auth/viewer';
import { assertBooksReader, assertEnterpriseWriter, canReadRevenueRecord } from './access';

const ENTERPRISE = '11111111-1111-4111-8111-111111111111';
const COMPANY = '22222222-2222-4222-8222-222222222222';
const COMPOUND = '33333333-3333-4333-8333-333333333333';
const OTHER = '44444444-4444-4444-8444-444444444444';

const record = { enterpriseId: ENTERPRISE, propertyCompanyId: COMPANY, compoundId: COMPOUND };
const viewer = (...roles: ConstructorParameters<typeof Viewer>[0]['roles']) => new Viewer({ sub: 'v', roles });

describe('enterprise access rules', () => {
  it('lets each party to a settlement read it, and analysts, admins and services', () => {
    expect(canReadRevenueRecord(viewer({ role: 'enterprise_staff', enterpriseId: ENTERPRISE }), record)).toBe(true);
    expect(canReadRevenueRecord(viewer({ role: 'property_staff', companyId: COMPANY }), record)).toBe(true);
    expect(canReadRevenueRecord(viewer({ role: 'committee_member', compoundId: COMPOUND }), record)).toBe(true);
    for (const role of ['analyst', 'admin'] as const) expect(canReadRevenueRecord(viewer({ role }), record)).toBe(true);
    expect(canReadRevenueRecord(Viewer.forService('committee'), record)).toBe(true);
    expect(canReadRevenueRecord(viewer({ role: 'enterprise_staff', enterpriseId: OTHER }), record)).toBe(false);
    expect(canReadRevenueRecord(viewer({ role: 'committee_member', compoundId: OTHER }), record)).toBe(false);
    expect(canReadRevenueRecord(viewer({ role: 'resident', compoundId: COMPOUND }), record)).toBe(false);
  });

  it("lets only the enterprise's staff (or an admin) write, and its staff or analysts read its books", () => {
    expect(() => assertEnterpriseWriter(viewer({ role: 'enterprise_staff', enterpriseId: ENTERPRISE }), ENTERPRISE)).not.toThrow();
    expect(() => assertEnterpriseWriter(viewer({ role: 'admin' }), ENTERPRISE)).not.toThrow();
    expect(() => assertEnterpriseWriter(viewer({ role: 'enterprise_staff', enterpriseId: OTHER }), ENTERPRISE)).toThrow('staff');
    expect(() => assertEnterpriseWriter(viewer({ role: 'analyst' }), ENTERPRISE)).toThrow('staff');
    expect(() => assertBooksReader(viewer({ role: 'analyst' }), ENTERPRISE, 'no')).not.toThrow();
    expect(() => assertBooksReader(viewer({ role: 'enterprise_staff', enterpriseId: OTHER }), ENTERPRISE, 'Only its staff')).toThrow(
      'Only its staff',
    );
  });
});
