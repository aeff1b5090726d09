import { checkRoles } from './auth-checker';
import { Viewer } from './viewer';
import type { RequestContext } from '../server/context';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function ctx(viewer: Viewer | null, tokenError?: string): RequestContext {
  return { viewer, tokenError } as RequestContext;
}

describe('Viewer and role checks', () => {
  const gridWorkerInA = new Viewer({ sub: 'g', roles: [{ role: 'grid_worker', compoundId: A }] });
  const admin = new Viewer({ sub: 'a', roles: [{ role: 'admin' }] });
  const service = Viewer.forService('enterprise');
  const resident = new Viewer({ sub: 'r', roles: [{ role: 'resident', compoundId: A }], residentId: B });

  it('scopes a role to its compound', () => {
    expect(gridWorkerInA.canActInCompound(A, 'grid_worker')).toBe(true);
    expect(gridWorkerInA.canActInCompound(B, 'grid_worker')).toBe(false);
    expect(gridWorkerInA.canActInCompound(A, 'party_secretary')).toBe(false);
    expect(admin.canActInCompound(B, 'grid_worker')).toBe(true);
    expect(gridWorkerInA.compoundsWith('grid_worker')).toEqual([A]);
  });

  it('shows personal data to the person, admins and services only', () => {
    expect(resident.seesPersonalDataOf(B)).toBe(true);
    expect(resident.seesPersonalDataOf(A)).toBe(false);
    expect(gridWorkerInA.seesPersonalDataOf(B)).toBe(false);
    expect(admin.seesPersonalDataOf(B)).toBe(true);
    expect(service.seesPersonalDataOf(B)).toBe(true);
    expect(new Viewer({ sub: 'x', roles: [{ role: 'analyst' }] }).seesPersonalDataOf(null)).toBe(false);
  });

  it('answers UNAUTHENTICATED without a viewer, with the token error when there was one', () => {
    expect(() => checkRoles(ctx(null), [])).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
    expect(() => checkRoles(ctx(null, 'Token has expired'), ['analyst'])).toThrow('Token has expired');
  });

  it('answers FORBIDDEN for the wrong role; admin passes all but service-only checks', () => {
    expect(checkRoles(ctx(gridWorkerInA), [])).toBe(true);
    expect(checkRoles(ctx(gridWorkerInA), ['grid_worker', 'party_secretary'])).toBe(true);
    expect(() => checkRoles(ctx(gridWorkerInA), ['analyst'])).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(checkRoles(ctx(admin), ['analyst'])).toBe(true);
    expect(() => checkRoles(ctx(admin), ['service'])).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(checkRoles(ctx(service), ['service'])).toBe(true);
  });

  it('refuses every write to a caller who only reads, but not to one who also writes', () => {
    const analyst = new Viewer({ sub: 'n', roles: [{ role: 'analyst' }] });
    const analystAndResident = new Viewer({ sub: 'm', roles: [{ role: 'analyst' }, { role: 'resident', compoundId: A }] });
    expect(checkRoles(ctx(analyst), [], 'read')).toBe(true);
    expect(() => checkRoles(ctx(analyst), [], 'write')).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(() => checkRoles(ctx(analyst), ['analyst'], 'write')).toThrow('Read-only roles (analyst) cannot change anything');
    expect(checkRoles(ctx(analystAndResident), [], 'write')).toBe(true);
    expect(checkRoles(ctx(gridWorkerInA), [], 'write')).toBe(true);
  });
});
