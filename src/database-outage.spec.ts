import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Client } from 'pg';
import { postgresAdminUrl } from '../test/support/databases';
import { freePort } from '../test/support/processes';
import { isDatabaseUnavailable } from './database-outage';

/** The error `work` throws; fails the test when it throws none. */
async function thrown(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('isDatabaseUnavailable, on errors the drivers really throw', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'voordeur-outage-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says yes to a SQLite file locked by another connection, and to a closed one', async () => {
    const file = path.join(dir, 'locked.sqlite');
    const holder = new SQLite(file);
    holder.exec('create table t (a integer)');
    holder.exec('begin exclusive');
    const other = new SQLite(file, { timeout: 0 });
    expect(isDatabaseUnavailable(await thrown(() => other.prepare('select * from t').all()))).toBe(true);
    holder.exec('rollback');
    holder.close();
    other.close();
    expect(isDatabaseUnavailable(await thrown(() => other.prepare('select 1').all()))).toBe(true);
  });

  it('says yes to PostgreSQL that cannot be reached, and to a database that is gone', async () => {
    const closed = new Client({ host: '127.0.0.1', port: await freePort(), user: 'x', database: 'x' });
    expect(isDatabaseUnavailable(await thrown(() => closed.connect()))).toBe(true);
    const url = new URL(postgresAdminUrl());
    url.pathname = '/no_such_database_here';
    const gone = new Client({ connectionString: url.toString() });
    expect(isDatabaseUnavailable(await thrown(() => gone.connect()))).toBe(true);
  });

  it('says no to a wrong query or a broken rule, and to anything else', async () => {
    const db = new SQLite(':memory:');
    db.exec('create table t (a integer primary key)');
    db.exec('insert into t values (1)');
    expect(isDatabaseUnavailable(await thrown(() => db.exec('insert into t values (1)')))).toBe(false);
    expect(isDatabaseUnavailable(await thrown(() => db.exec('selec 1')))).toBe(false);
    db.close();
    const client = new Client({ connectionString: postgresAdminUrl() });
    await client.connect();
    try {
      expect(isDatabaseUnavailable(await thrown(() => client.query('selec 1')))).toBe(false);
    } finally {
      await client.end();
    }
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable('not an error')).toBe(false);
  });
});
