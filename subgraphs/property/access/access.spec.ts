import { Viewer } from '../../../shared/auth/viewer';
import type { WorkOrder } from '../work-order/work-order.entity';
import { canSeeIntake, canSeeOpenDay, canSeeWorkOrder, mayActOnWorkOrder, requesterOf, seesIntakeCaller, seesRequester } from './access';

const COMPOUND = '11111111-1111-4111-8111-111111111111';
const OTHER_COMPOUND = '22222222-2222-4222-8222-222222222222';
const COMPANY = '33333333-3333-4333-8333-333333333333';
const OTHER_COMPANY = '44444444-4444-4444-8444-444444444444';
const RESIDENT = '55555555-5555-4555-8555-555555555555';
const NEIGHBOUR = '66666666-6666-4666-8666-666666666666';

const staff = new Viewer({ sub: 'staff', roles: [{ role: 'property_staff', companyId: COMPANY }] });
const otherStaff = new Viewer({ sub: 'other', roles: [{ role: 'property_staff', companyId: OTHER_COMPANY }] });
const requester = new Viewer({ sub: 'r', roles: [{ role: 'resident', compoundId: COMPOUND }], residentId: RESIDENT });
const neighbour = new Viewer({ sub: 'n', roles: [{ role: 'resident', compoundId: COMPOUND }], residentId: NEIGHBOUR });
const gridWorker = new Viewer({ sub: 'g', roles: [{ role: 'grid_worker', compoundId: COMPOUND }] });
const analyst = new Viewer({ sub: 'a', roles: [{ role: 'analyst' }] });

const order = (extra: Partial<WorkOrder> = {}) =>
  ({
    companyId: COMPANY,
    compoundId: COMPOUND,
    residentId: RESIDENT,
    kind: 'HOME_REPAIR',
    sourceReportId: null,
    ...extra,
  }) as WorkOrder;

describe('who may read a work order', () => {
  it('shows a home repair to its requester, its company and analysts, not to neighbours or other companies', () => {
    expect(canSeeWorkOrder(requester, order())).toBe(true);
    expect(canSeeWorkOrder(staff, order())).toBe(true);
    expect(canSeeWorkOrder(analyst, order())).toBe(true);
    expect(canSeeWorkOrder(neighbour, order())).toBe(false);
    expect(canSeeWorkOrder(otherStaff, order())).toBe(false);
  });

  it("shows common-area orders to the compound's residents, and report orders to its grid", () => {
    expect(canSeeWorkOrder(neighbour, order({ kind: 'COMMON_AREA', residentId: null }))).toBe(true);
    expect(canSeeWorkOrder(gridWorker, order({ kind: 'COMMON_AREA', residentId: null }))).toBe(false);
    expect(canSeeWorkOrder(gridWorker, order({ kind: 'COMMON_AREA', residentId: null, sourceReportId: RESIDENT }))).toBe(true);
    expect(canSeeWorkOrder(neighbour, order({ kind: 'COMMON_AREA', residentId: null, compoundId: OTHER_COMPOUND }))).toBe(false);
  });

  it("shows the requester's identity to the requester and the company only", () => {
    expect(seesRequester(requester, order())).toBe(true);
    expect(seesRequester(staff, order())).toBe(true);
    expect(seesRequester(analyst, order())).toBe(false);
    expect(seesRequester(neighbour, order({ kind: 'COMMON_AREA' }))).toBe(false);
  });
});

describe('who may file and move a work order', () => {
  it('lets residents file home repairs for themselves and staff file anything', () => {
    expect(requesterOf(requester, { compoundId: COMPOUND, kind: 'HOME_REPAIR' })).toEqual({ residentId: RESIDENT });
    expect(requesterOf(staff, { compoundId: COMPOUND, kind: 'COMMON_AREA' })).toEqual({ residentId: null });
    expect(() => requesterOf(requester, { compoundId: COMPOUND, kind: 'COMMON_AREA' })).toThrow(/grid/);
    expect(() => requesterOf(requester, { compoundId: OTHER_COMPOUND, kind: 'HOME_REPAIR' })).toThrow(/residents of this compound/);
  });

  it('leaves the work to the company and the verdict to the requester', () => {
    expect(mayActOnWorkOrder(staff, order(), 'RESOLVE')).toBe(true);
    expect(mayActOnWorkOrder(requester, order(), 'RESOLVE')).toBe(false);
    expect(mayActOnWorkOrder(requester, order(), 'CONFIRM')).toBe(true);
    expect(mayActOnWorkOrder(staff, order(), 'CONFIRM')).toBe(false);
    expect(mayActOnWorkOrder(staff, order({ residentId: null }), 'CONFIRM')).toBe(true);
    expect(mayActOnWorkOrder(requester, order(), 'CANCEL')).toBe(true);
    expect(mayActOnWorkOrder(otherStaff, order(), 'CANCEL')).toBe(false);
  });
});

describe('intake and open days', () => {
  it("shows intake to its company and analysts, and the caller to the company's staff only", () => {
    expect(canSeeIntake(staff, { companyId: COMPANY })).toBe(true);
    expect(canSeeIntake(analyst, { companyId: COMPANY })).toBe(true);
    expect(canSeeIntake(otherStaff, { companyId: COMPANY })).toBe(false);
    expect(seesIntakeCaller(staff, { companyId: COMPANY })).toBe(true);
    expect(seesIntakeCaller(analyst, { companyId: COMPANY })).toBe(false);
  });

  it("shows drafts to the company's staff only", () => {
    expect(canSeeOpenDay(requester, { status: 'PUBLISHED', companyId: COMPANY })).toBe(true);
    expect(canSeeOpenDay(requester, { status: 'DRAFT', companyId: COMPANY })).toBe(false);
    expect(canSeeOpenDay(staff, { status: 'DRAFT', companyId: COMPANY })).toBe(true);
  });
});
