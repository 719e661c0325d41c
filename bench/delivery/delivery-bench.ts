// `npm run bench:delivery`: proactive delivery against the Teams connector simulator, each instance in its own
// process. Prints a table per scenario; the last line is one JSON object with the 10,000-recipient run's
// figures at the top level and the other scenarios under their names.
//   node test/support/run-ts.mjs bench/delivery/delivery-bench.ts [--scenarios main,kill,two,faults]
//        [--rate 50] [--recipients 10000]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createPostgresDatabase } from '../../test/support/databases';
import { startPostgres, type PostgresServer } from '../../test/support/postgres-server';
import { printTable } from './figures';
import { runScenario, type Figures, type Scenario } from './run-scenario';

const { values } = parseArgs({
  options: {
    scenarios: { type: 'string', default: 'main,kill,two,faults' },
    rate: { type: 'string', default: '50' },
    recipients: { type: 'string', default: '10000' },
  },
});
const rate = Number(values.rate);
const recipients = Number(values.recipients);
const selected = new Set(values.scenarios.split(',').map((s) => s.trim()));

const scenarios: Record<string, (databaseUrl?: string) => Scenario> = {
  main: () => ({
    name: 'main',
    recipients,
    limit: rate,
    instances: 1,
    // 1% of requests throttled at random on top of the limits, as Teams does under load.
    faults: { throttleRate: 0.01, retryAfterSeconds: 1 },
  }),
  kill: () => ({
    name: 'kill',
    recipients: 5000,
    limit: rate,
    instances: 1,
    killAt: 0.5,
    // A 10 s lease (60 s in production) so that the restarted instance takes over without a minute's wait.
    settings: { leaseMs: 10_000, sendTimeoutMs: 4000 },
  }),
  two: (databaseUrl) => ({
    name: 'two',
    recipients: 5000,
    limit: rate,
    instances: 2,
    databaseUrl,
    faults: { throttleRate: 0.01, retryAfterSeconds: 1 },
  }),
  faults: () => ({
    name: 'faults',
    recipients: 2000,
    limit: rate,
    instances: 1,
    faults: { serverErrorRate: 0.2, hangRate: 0.01, hangMs: 30_000, slowRate: 0.05, slowMs: 1500 },
    permanent: { 'c-1': 403, 'c-2': 404, 'c-3': 400, 'c-4': 413 },
    settings: { sendTimeoutMs: 5000 },
  }),
};

async function main(): Promise<void> {
  console.log(
    `Delivery bench: node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}, ` +
      `limit ${rate}/s, scenarios ${[...selected].join(', ')}`,
  );
  let postgres: PostgresServer | undefined;
  let database: { url: string; drop(): Promise<void> } | undefined;
  const results: Record<string, Figures> = {};
  try {
    for (const name of Object.keys(scenarios).filter((n) => selected.has(n))) {
      if (name === 'two' && !process.env.TEST_DATABASE_URL) {
        postgres = await startPostgres();
        process.env.TEST_DATABASE_URL = postgres.adminUrl;
      }
      if (name === 'two') database = await createPostgresDatabase();
      const scenario = scenarios[name](database?.url);
      console.log(`\n${name}: ${scenario.recipients} recipients, ${scenario.instances} instance(s)…`);
      results[name] = await runScenario(scenario);
      printTable(
        describe(name),
        Object.entries(results[name]).map(([k, v]) => [k, String(v)]),
      );
    }
  } finally {
    await database?.drop();
    postgres?.stop();
  }
  const main = results.main ?? {};
  console.log(JSON.stringify({ date: new Date().toISOString().slice(0, 10), ...main, scenarios: results }));
}

function describe(name: string): string {
  return {
    main: 'Main run: one instance (SQLite), 1% random 429s (Retry-After 1 s)',
    kill: 'kill -9 at half, then a restart (SQLite file, 10 s lease)',
    two: 'Two instances (processes) on one PostgreSQL, 1% random 429s',
    faults: '20% 5xx, 1% 30-second hangs, 5% slow answers, 4 permanent failures (403, 404, 400, 413)',
  }[name]!;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
