import { startPostgres, type PostgresServer } from './postgres-server';

declare global {
  var voordeurPostgres: PostgresServer | undefined;
}

/** Starts the PostgreSQL server that the conformance suites and multi-instance tests use. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  globalThis.voordeurPostgres = await startPostgres();
  // Workers are started after this and inherit the environment.
  process.env.TEST_DATABASE_URL = globalThis.voordeurPostgres.adminUrl;
}
