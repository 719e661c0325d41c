import { sql } from 'kysely';
import { openStorage, type Storage } from './database';

describe('openStorage on SQLite', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({ dataDir: '', sqliteFile: ':memory:' });
  });
  afterAll(() => storage.close());

  it('runs a kept statement again with other parameters, inside and outside a transaction', async () => {
    const { db } = storage;
    await db
      .insertInto('org_settings')
      .values({ key: 'a', value: '1', updated_by: 'test', updated_at: 'now' })
      .execute();
    await db
      .insertInto('org_settings')
      .values({ key: 'b', value: '2', updated_by: 'test', updated_at: 'now' })
      .execute();
    const read = (key: string, from = db) =>
      from.selectFrom('org_settings').select('value').where('key', '=', key).executeTakeFirst();
    expect(await read('a')).toEqual({ value: '1' });
    expect(await read('b')).toEqual({ value: '2' });
    expect(await db.transaction().execute((trx) => read('a', trx))).toEqual({ value: '1' });
    expect(await read('missing')).toBeUndefined();
  });

  it('sees a schema change in a statement it kept from before', async () => {
    const { db } = storage;
    await sql`create table probe (a integer)`.execute(db);
    await sql`insert into probe (a) values (1)`.execute(db);
    const all = () => sql<Record<string, unknown>>`select * from probe`.execute(db);
    expect((await all()).rows).toEqual([{ a: 1 }]);
    await sql`alter table probe add column b integer default 2`.execute(db);
    expect((await all()).rows).toEqual([{ a: 1, b: 2 }]);
  });
});
