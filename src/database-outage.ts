import { BurstLog } from './burst-log';
import type { Logger } from './logging';

/** SQLite result codes (better-sqlite3's `code`) that mean the file cannot be used now, not that a query is wrong. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|PROTOCOL|READONLY)/;
/**
 * PostgreSQL SQLSTATEs of a server that cannot serve: connection exceptions (08…), insufficient resources
 * (53…), shutting down or starting up (57P01-57P03), the database gone (3D000).
 */
const POSTGRES_UNAVAILABLE = /^(08...|53...|57P0[123]|3D000)$/;
/** Socket and DNS errors of a server that cannot be reached (a database's or a key source's). */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
/** Messages without a code: pg's lost connection and pool timeout, and a database already closed. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /not queryable/,
  /^Cannot use a pool after calling end/,
  /^The database connection is not open/,
  /^driver has already been destroyed/,
];

/**
 * True when an error means the database cannot be reached or used right now (down, restarting, locked, gone),
 * as opposed to a query or a row that is wrong. The caller may answer 503: trying again later can work.
 * @remarks Looks through `cause` a few levels deep, for libraries that wrap the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  // Not `instanceof Error`: errors made by Node itself or a native driver may come from another realm.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      if (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.test(code) || NETWORK_CODES.has(code)) {
        return true;
      }
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) {
      return true;
    }
    current = cause;
  }
  return false;
}

const outageLogs = new WeakMap<Logger, BurstLog>();

/**
 * Where failures caused by an unavailable database are logged: one line per outage (and a count per minute),
 * not one per message or request. Shared by the bot and the APIs of one logger, so one outage is one line.
 * @remarks Kept per logger because the bot and the API are wired separately (they share one logger from app/compose.ts); a composition
 * root could create one and hand it to both instead.
 */
export function outageLogFor(logger: Logger): BurstLog {
  let log = outageLogs.get(logger);
  if (!log) {
    log = new BurstLog(logger, {
      event: 'database-unavailable',
      message: 'more requests failed while the database was unavailable',
    });
    outageLogs.set(logger, log);
  }
  return log;
}
