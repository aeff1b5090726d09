import { maskError } from './error-format';

describe('maskError', () => {
  it('keeps public errors without stack traces', () => {
    const formatted = {
      message: 'Compound x not found',
      path: ['compound'],
      extensions: { code: 'NOT_FOUND', stacktrace: ['at /work/x.ts:1'] },
    };
    expect(maskError(formatted, new Error())).toEqual({
      message: 'Compound x not found',
      path: ['compound'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('masks anything else and logs the original', () => {
    const logged: unknown[] = [];
    const original = new Error('relation "building" does not exist');
    const formatted = {
      message: original.message,
      path: ['compound', 'buildings'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at /work/x.ts:1'] },
    };
    expect(maskError(formatted, original, { error: (d) => logged.push(d.err) })).toEqual({
      message: 'Internal server error',
      path: ['compound', 'buildings'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([original]);
    expect(maskError({ message: 'x' }, original).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
