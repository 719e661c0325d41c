import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
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
  const { db, dialect, writeLock } = options.databaseUrl
    ? { db: postgres(options.databaseUrl), dialect: 'postgres' as const, writeLock: undefined }
    : { ...sqlite(options.dataDir, options.sqliteFile ?? 'voordeur.sqlite'), dialect: 'sqlite' as const };
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
        // SQLite: another process holding the write lock leaves reads working and every turn failing.
        return (await pendingMigrations(db)) === 0 && (writeLock?.canWrite() ?? true);
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

function sqlite(dataDir: string, file: string): { db: Kysely<Database>; writeLock: WriteLockWatch } {
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
  const writeLock = new WriteLockWatch(database);
  return {
    db: new Kysely<Database>({
      dialect: new SqliteDialect({ database: reusingStatements(database, writeLock) }),
    }),
    writeLock,
  };
}

/**
 * Keeps a SQLite file that another process has locked from freezing the service.
 * @remarks better-sqlite3 is synchronous: a statement that waits for a lock holds the event loop, for up to
 * {@link SQLITE_BUSY_TIMEOUT_MS}. That wait lets a short write of another process (an import) finish; but when
 * the lock is held for longer (a backup tool, a second copy of the service started by mistake) every write would
 * freeze the process that long, health checks included. So after the first write that timed out, statements
 * fail at once (`busy_timeout = 0`) until a write or the readiness probe gets the lock again.
 */
class WriteLockWatch {
  private locked = false;

  constructor(private readonly database: SQLite.Database) {}

  /** Runs a statement, noting a timed-out lock or the first success after one. */
  run<T>(statement: () => T, writes: boolean): T {
    try {
      const result = statement();
      if (this.locked && writes) this.unlocked();
      return result;
    } catch (error) {
      if (isBusy(error)) this.lockedOut();
      throw error;
    }
  }

  /** True when this connection can take the write lock now (or holds it, inside a transaction). */
  canWrite(): boolean {
    if (this.database.inTransaction) return true;
    try {
      this.database.exec('BEGIN IMMEDIATE');
      this.database.exec('ROLLBACK');
      if (this.locked) this.unlocked();
      return true;
    } catch (error) {
      if (isBusy(error)) {
        this.lockedOut();
        return false;
      }
      throw error;
    }
  }

  private lockedOut(): void {
    // Set each time: a WAL scrub restores the timeout it found, which may be the normal one.
    this.locked = true;
    this.database.pragma('busy_timeout = 0');
  }

  private unlocked(): void {
    this.locked = false;
    this.database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** More distinct statements than Voordeur has (lists of `?` vary in length); then the cache starts over. */
const MAX_STATEMENTS = 500;

/**
 * The database with each prepared statement kept by its SQL text.
 * @remarks Kysely's SQLite driver prepares every query anew; in the turn bench that prepare cost about 40 µs of
 * a turn's 1 ms, against under 1 µs for a statement kept here. Kysely runs one query at
 * a time on its single connection, so a statement is never used by two queries at once.
 */
function reusingStatements(database: SQLite.Database, lock: WriteLockWatch): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(source) {
      let statement = statements.get(source);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = watched(
          lock.run(() => database.prepare(source), false),
          lock,
        );
        statements.set(source, statement);
      }
      return statement;
    },
  };
}

/** A statement whose runs go through the {@link WriteLockWatch}. */
function watched(statement: SQLite.Statement, lock: WriteLockWatch): SqliteStatement {
  const writes = !statement.reader;
  return {
    reader: statement.reader,
    all: (parameters) => lock.run(() => statement.all(parameters), writes),
    run: (parameters) => lock.run(() => statement.run(parameters), writes),
    iterate: (parameters) => lock.run(() => statement.iterate(parameters), writes),
  };
}

function postgres(connectionString: string): Kysely<Database> {
  const pool = new Pool({ connectionString, max: 10 });
  // A client that loses its server must not take the process down: an idle one reports to the pool, and one
  // checked out between two queries (inside a transaction, say) emits on itself, where pg leaves no listener.
  // The query that uses it next fails with the driver's error, which callers handle.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
