import { databaseWaitMs } from './ensure-database';

describe('databaseWaitMs', () => {
  const url = 'postgres://postgres:postgres@localhost:5433/doorstep_party';

  it('waits 60 s for the server npm start is starting beside the services', () => {
    expect(databaseWaitMs(url, { DATABASE_STARTING: 'localhost:5433' })).toBe(60_000);
  });

  it('does not wait for any other server, so a wrong URL fails at once', () => {
    expect(databaseWaitMs(url, {})).toBe(0);
    expect(databaseWaitMs('postgres://postgres:postgres@127.0.0.1:4002/nowhere', { DATABASE_STARTING: 'localhost:5433' })).toBe(0);
  });

  it('takes DATABASE_WAIT_S when it is set, for every server', () => {
    expect(databaseWaitMs(url, { DATABASE_WAIT_S: '5' })).toBe(5_000);
    expect(databaseWaitMs(url, { DATABASE_WAIT_S: '0', DATABASE_STARTING: 'localhost:5433' })).toBe(0);
  });
});
