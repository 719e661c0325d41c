import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Storage } from '../../src/storage/database';
import { openStorage } from '../../src/storage/database';

/** The URL of the test PostgreSQL server, as set by the global setup. */
export function postgresAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: the jest global setup starts PostgreSQL');
  return url;
}

/** Creates an empty PostgreSQL database for one test file and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = postgresAdminUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: EngineName[] = ['sqlite', 'postgres'];

/** Opens a fresh, migrated database of the given engine; `close` also removes it. */
export async function openTestStorage(engine: EngineName): Promise<Storage> {
  if (engine === 'sqlite') return openStorage({ dataDir: '', sqliteFile: ':memory:' });
  const database = await createPostgresDatabase();
  const storage = await openStorage({ databaseUrl: database.url, dataDir: '' });
  return {
    ...storage,
    isReady: () => storage.isReady(),
    async close() {
      await storage.close();
      await database.drop();
    },
  };
}

/**
 * Runs one repository suite against every engine: the conformance suite.
 * @remarks Each engine gets a fresh database per suite.
 */
export function describeEachEngine(name: string, suite: (storage: () => Storage) => void): void {
  describe.each(ENGINES)(`${name} on %s`, (engine) => {
    let storage: Storage | undefined;
    beforeAll(async () => {
      storage = await openTestStorage(engine);
    });
    afterAll(async () => {
      await storage?.close();
    });
    suite(() => {
      if (!storage) throw new Error('storage is not open yet');
      return storage;
    });
  });
}
