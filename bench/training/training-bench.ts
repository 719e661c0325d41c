// `npm run bench:training`: the CSV import of completion records on SQLite (a file, as in production) and the
// reminder planning for many people. Prints a table; the last line is one JSON object with the figures.
//   node test/support/run-ts.mjs bench/training/training-bench.ts [--rows 50000] [--people 10000] [--runs 5]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openStorage } from '../../src/storage/database';
import { PersonStore } from '../../src/storage/person-store';
import { TrainingStore } from '../../src/storage/training-store';
import {
  SEED_COURSES,
  importTrainingRecords,
  planReminders,
  type Learner,
  type SentReminder,
  type TrainingRecord,
} from '../../src/training';
import { printTable, quantile, round } from '../delivery/figures';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    people: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
  },
});
const rows = Number(values.rows);
const planPeople = Number(values.people);
const runs = Number(values.runs);

/** A small seeded generator (mulberry32): the same data every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const NOW = new Date('2025-03-12T09:00:00.000Z');

async function benchImport() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'voordeur-training-bench-'));
  const storage = await openStorage({ dataDir: dir });
  try {
    // Two courses per person: half as many people as rows.
    const people = Math.ceil(rows / SEED_COURSES.length);
    const at = NOW.toISOString();
    for (let i = 0; i < people; i += 1000) {
      await storage.db
        .insertInto('people')
        .values(
          Array.from({ length: Math.min(1000, people - i) }, (_, j) => ({
            aad_object_id: `00000000-0000-4000-8000-${String(i + j).padStart(12, '0')}`,
            tenant_id: 'tenant-1',
            display_name: `Medewerker ${i + j}`,
            locale: 'nl-NL',
            email: `medewerker.${i + j}@corporatie.nl`,
            user_principal_name: `m${i + j}@corporatie.onmicrosoft.com`,
            updated_at: at,
          })),
        )
        .execute();
    }
    // What Dutch Excel saves: a BOM, semicolons, CRLF, d-m-jjjj; names and ids of courses mixed, some quoted.
    const lines = ['\uFEFFemail;course;completed_on'];
    for (let n = 0; n < rows; n += 1) {
      const person = Math.floor(n / SEED_COURSES.length);
      const course = SEED_COURSES[n % SEED_COURSES.length]!;
      const date = `${1 + Math.floor(rnd() * 28)}-${1 + Math.floor(rnd() * 12)}-${2019 + Math.floor(rnd() * 6)}`;
      const name = pick([course.id, `"${course.name.nl}"`, course.name.en.toUpperCase()]);
      lines.push(`Medewerker.${person}@Corporatie.nl;${name};${date}`);
    }
    const body = Buffer.from(lines.join('\r\n'), 'utf8');
    const store = new TrainingStore(storage.db);
    const props = { body, courses: store, records: store, people: new PersonStore(storage.db), now: NOW };

    const timed = async (dryRun: boolean) => {
      const start = performance.now();
      const result = await importTrainingRecords({ ...props, dryRun });
      return { ms: performance.now() - start, result };
    };
    const dry = await timed(true);
    const first = await timed(false);
    const again = await timed(false);
    if (first.result.imported !== rows || first.result.errors.length > 0) {
      throw new Error(
        `import went wrong: ${JSON.stringify({ ...first.result, errors: first.result.errors.slice(0, 3) })}`,
      );
    }
    if (again.result.unchanged !== rows) throw new Error('the second import changed something');
    return { bytes: body.byteLength, dry, first, again };
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchPlanning() {
  const learners: Learner[] = [];
  const records: TrainingRecord[] = [];
  const sent: SentReminder[] = [];
  for (let i = 0; i < planPeople; i += 1) {
    const id = `aad-${i}`;
    learners.push({
      aadObjectId: id,
      locale: 'nl-NL',
      teamIds: [`team-${i % 200}`],
      profiles: ['vakmannen'],
    });
    for (const course of SEED_COURSES) {
      // One in ten never did it; the rest completed it some time in the last three years.
      if (rnd() < 0.1) continue;
      const day = new Date(NOW.getTime() - Math.floor(rnd() * 3 * 365) * 86_400_000);
      const completedOn = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      records.push({ aadObjectId: id, courseId: course.id, completedOn, source: 'import' });
    }
    // A history of earlier reminders, as after months of passes.
    for (let k = 0; k < 3; k += 1) {
      sent.push({
        key: `${id}-${k}`,
        aadObjectId: id,
        courseId: pick(SEED_COURSES).id,
        stage: 'before-30',
        dueOn: '2024-01-01',
        sentAt: new Date(NOW.getTime() - (10 + k * 30) * 86_400_000),
      });
    }
  }
  const input = { now: NOW, learners, courses: SEED_COURSES, records, sent, snoozes: [], claims: [] };
  planReminders(input); // warm-up
  const times: number[] = [];
  let planned = 0;
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    planned = planReminders(input).reminders.length;
    times.push(performance.now() - start);
  }
  return { times, planned, records: records.length, sent: sent.length };
}

async function main(): Promise<void> {
  console.log(
    `Training bench: node ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const imp = await benchImport();
  const plan = benchPlanning();
  const perSecond = (ms: number) => Math.round(rows / (ms / 1000));
  const figures = {
    importRows: rows,
    importBytes: imp.bytes,
    importDryRunMs: round(imp.dry.ms),
    importMs: round(imp.first.ms),
    importRowsPerSecond: perSecond(imp.first.ms),
    reimportMs: round(imp.again.ms),
    reimportRowsPerSecond: perSecond(imp.again.ms),
    planPeople,
    planRecords: plan.records,
    planSentReminders: plan.sent,
    planReminders: plan.planned,
    planMedianMs: round(quantile(plan.times, 0.5)),
    planMaxMs: round(Math.max(...plan.times)),
  };
  printTable(`CSV import, SQLite file (${rows} rows, ${round(imp.bytes / 1024 / 1024, 2)} MB)`, [
    ['dry run', `${figures.importDryRunMs} ms`],
    ['first import', `${figures.importMs} ms (${figures.importRowsPerSecond} rows/s)`],
    ['same file again', `${figures.reimportMs} ms (${figures.reimportRowsPerSecond} rows/s)`],
    ['goal', 'under 10,000 ms'],
  ]);
  printTable(`Reminder planning (pure), ${planPeople} people, ${SEED_COURSES.length} courses, ${runs} runs`, [
    ['median', `${figures.planMedianMs} ms`],
    ['slowest', `${figures.planMaxMs} ms`],
    ['reminders planned', figures.planReminders],
  ]);
  console.log(JSON.stringify(figures));
  process.exitCode = imp.first.ms < 10_000 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
