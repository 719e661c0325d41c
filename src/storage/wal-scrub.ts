import { sql, type Kysely } from 'kysely';
import { SQLITE_BUSY_TIMEOUT_MS, type Dialect } from './database';
import type { Database } from './schema';

/** Scrubs are at least this far apart: a checkpoint costs milliseconds of blocked event loop (fsync). */
export const SCRUB_GAP_MS = 1000;
/** How long a scrub waits for another process's readers before it tries again later. */
const CHECKPOINT_BUSY_MS = 100;

/**
 * Takes the text of blanked rows off the disk: on SQLite, a `wal_checkpoint(TRUNCATE)` soon after rows were
 * blanked.
 * @remarks With `secure_delete` on (see database.ts) SQLite overwrites the old text in the main file once the
 * blanked page is checkpointed, but every earlier version of the page stays in the write-ahead log
 * (`voordeur.sqlite-wal`) until the log is reused: a TRUNCATE checkpoint copies the newest pages into the main
 * file and empties the log. A checkpoint costs milliseconds (an fsync, with the event loop blocked), so scrubs
 * are at least {@link SCRUB_GAP_MS} apart: a lone note is scrubbed at once, a broadcast once a second. When
 * another process is reading, the checkpoint gives up after {@link CHECKPOINT_BUSY_MS} and is tried again.
 *
 * PostgreSQL has no equivalent and this does nothing there. An UPDATE leaves the old row version as a dead
 * tuple in the table's pages; (auto)VACUUM makes that space reusable but does not overwrite it, and the text
 * is also in the write-ahead log (pg_wal) until its segment is recycled, and in WAL archives and backups. The
 * bytes go when the pages are rewritten (new rows, VACUUM FULL). A deployment on PostgreSQL relies on the
 * server's encryption at rest (Azure Database for PostgreSQL encrypts data, WAL and backups) and its access
 * control; running VACUUM per message would take locks and cannot run inside a transaction.
 */
export class WalScrub {
  private lastStarted = Number.NEGATIVE_INFINITY;
  private due?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Asks for a scrub after rows were blanked; returns at once. It runs now, or when the gap since the last one
   * is over; a request while one is already due is covered by that one.
   */
  request(): void {
    if (this.dialect !== 'sqlite' || this.due) return;
    const wait = Math.max(0, this.lastStarted + SCRUB_GAP_MS - this.now());
    this.due = setTimeout(() => void this.run(), wait);
    this.due.unref();
  }

  private async run(): Promise<void> {
    // A scrub still running (a slow disk) finishes first; the blanking it may have missed is covered by this one.
    await this.running;
    this.due = undefined;
    this.lastStarted = this.now();
    this.running = this.checkpoint().then(
      (complete) => {
        if (!complete) this.request();
      },
      // The database is closed or gone (stopping, an outage): nothing to scrub with; the next blanking asks again.
      () => undefined,
    );
    await this.running;
    this.running = undefined;
  }

  /** True when the log was emptied; false when another process's readers kept part of it. */
  private checkpoint(): Promise<boolean> {
    return this.db.connection().execute(async (connection) => {
      // The timeout it finds: the normal one, or none while another process holds the lock (database.ts).
      const { rows: found } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(connection);
      const timeout = found[0]?.timeout ?? SQLITE_BUSY_TIMEOUT_MS;
      await sql.raw(`pragma busy_timeout = ${Math.min(timeout, CHECKPOINT_BUSY_MS)}`).execute(connection);
      try {
        const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(connection);
        return rows[0]?.busy === 0;
      } finally {
        await sql.raw(`pragma busy_timeout = ${timeout}`).execute(connection);
      }
    });
  }
}
