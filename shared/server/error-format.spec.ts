import { GraphQLError } from 'graphql';
import { maskError, safeMessage } from './error-format';

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

  it.each([
    ['PostgreSQL refused the connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the server shut down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['the server is starting', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['the connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['the pool could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['pg rejects with a bare object', Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } })],
    ['a TypeORM wrapper', Object.assign(new Error('query failed'), { driverError: { code: '08006', message: 'connection failure' } })],
  ])('answers SERVICE_UNAVAILABLE when %s, naming no address', (_what, original) => {
    const formatted = { message: original.message, path: ['compounds'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(maskError(formatted, original)).toEqual({
      message: 'The database is unavailable; try again shortly',
      path: ['compounds'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('keeps a refused statement an internal error', () => {
    const original = Object.assign(new Error('duplicate key value'), { code: '23505' });
    expect(maskError({ message: original.message }, original).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  describe('safeMessage', () => {
    it('drops every "Did you mean" suggestion', () => {
      expect(safeMessage('Cannot query field "compoundz" on type "Query". Did you mean "compound" or "compounds"?')).toBe(
        'Cannot query field "compoundz" on type "Query".',
      );
      expect(safeMessage('Value "HOM" does not exist in "WorkOrderKind" enum. Did you mean the enum value "HOME_REPAIR"?')).toBe(
        'Value "HOM" does not exist in "WorkOrderKind" enum.',
      );
    });

    it('keeps where and why of a variable error, not the value it quoted', () => {
      const inner = new GraphQLError('Field "kind" of required type "WorkOrderKind!" was not provided.');
      const message = `Variable "$input" got invalid value { contactName: "张秀英", contactPhone: "13912345678" }; ${inner.message}`;
      expect(safeMessage(message, new GraphQLError(message, { originalError: inner }))).toBe(
        'Variable "$input" got an invalid value; Field "kind" of required type "WorkOrderKind!" was not provided.',
      );
      const scalar = new GraphQLError('Int cannot represent non-integer value: "99999"');
      const wrapped = new GraphQLError(`Expected type "Int". ${scalar.message}`, { originalError: scalar });
      const atPath = `Variable "$input" got invalid value "99999" at "input.items[0].quantity"; ${wrapped.message}`;
      expect(safeMessage(atPath, new GraphQLError(atPath, { originalError: wrapped }))).toBe(
        'Variable "$input" got an invalid value at "input.items[0].quantity"; Expected type "Int". Int cannot represent non-integer value.',
      );
      expect(safeMessage('Variable "$input" got invalid value "x"; something else')).toBe('Variable "$input" got an invalid value');
    });

    it('cuts long quoted text and long messages', () => {
      expect(safeMessage(`Unknown operation named "${'a'.repeat(100)}"`)).toBe(`Unknown operation named "${'a'.repeat(60)}…"`);
      expect([...safeMessage('张'.repeat(1000))]).toHaveLength(401);
    });

    it('applies to public errors passed through maskError', () => {
      const formatted = { message: 'Unknown argument "frist". Did you mean "first"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
      expect(maskError(formatted, new Error())).toEqual({
        message: 'Unknown argument "frist".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });
  });
});
