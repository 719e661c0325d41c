import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startPostgres, type PostgresServer } from './postgres-server';

declare global {
  var voordeurPostgres: PostgresServer | undefined;
}

/**
 * Builds dist/ when stale (tests that run Voordeur as a real process use it) and starts the PostgreSQL
 * server that the conformance suites and multi-instance tests use.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build-if-stale.mjs')], {
    stdio: 'inherit',
  });
  if (process.env.TEST_DATABASE_URL) return;
  globalThis.voordeurPostgres = await startPostgres();
  // Workers are started after this and inherit the environment.
  process.env.TEST_DATABASE_URL = globalThis.voordeurPostgres.adminUrl;
}
