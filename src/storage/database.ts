import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './schema';
import { migrateToLatest, pendingMigrations } from './migrations';

export type Dialect = 'sqlite' | 'postgres';

/** How long a SQLite connection waits for another process's lock before it fails with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** An open Voordeur database, whichever engine is behind it. */
export interface Storage {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** True when the database answers and every migration is applied. */
  isReady(): Promise<boolean>;
  /** Resolves when the database answers a trivial query; rejects with the driver's error otherwise. */
  ping(): Promise<void>;
  /** How many known migrations the database has not applied. */
  pendingMigrations(): Promise<number>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** A postgres:// URL; when absent, SQLite in {@link dataDir}. */
  databaseUrl?: string;
  dataDir: string;
  /** The SQLite file name inside dataDir; `:memory:` for a private in-memory database. */
  sqliteFile?: string;
}

/**
 * Opens the database and applies every pending migration.
 * @remarks Safe when several instances start at once: PostgreSQL migrations run under an advisory lock, and
 * SQLite waits for a busy file instead of failing.
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const { db, dialect } = options.databaseUrl
    ? { db: postgres(options.databaseUrl), dialect: 'postgres' as const }
    : { db: sqlite(options.dataDir, options.sqliteFile ?? 'voordeur.sqlite'), dialect: 'sqlite' as const };
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    db,
    dialect,
    async isReady() {
      if (closed) return false;
      try {
        await sql`select 1`.execute(db);
        return (await pendingMigrations(db)) === 0;
      } catch {
        return false;
      }
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    pendingMigrations: () => pendingMigrations(db),
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

function sqlite(dataDir: string, file: string): Kysely<Database> {
  let location = file;
  if (file !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    location = path.join(dataDir, file);
  }
  const database = new SQLite(location);
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  // Deleted and overwritten content is zeroed, not left in free space: a blanked handover note must not stay
  // readable in the file (wal-scrub.ts empties the write-ahead log too).
  database.pragma('secure_delete = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) });
}

/** More distinct statements than Voordeur has (lists of `?` vary in length); then the cache starts over. */
const MAX_STATEMENTS = 500;

/**
 * The database with each prepared statement kept by its SQL text.
 * @remarks Kysely's SQLite driver prepares every query anew; in the turn bench that prepare cost about 40 µs of
 * a turn's 1 ms (the turn-state read), against under 1 µs for a statement kept here. Kysely runs one query at
 * a time on its single connection, so a statement is never used by two queries at once.
 */
function reusingStatements(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(source) {
      let statement = statements.get(source);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = database.prepare(source);
        statements.set(source, statement);
      }
      return statement;
    },
  };
}

function postgres(connectionString: string): Kysely<Database> {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle client that loses its server must not take the process down.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
