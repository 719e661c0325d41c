import { Writable } from 'node:stream';
import { openTestStorage } from '../../test/support/databases';
import { createLogger } from '../logging';
import type { Storage } from '../storage/database';
import { JobLeaseStore } from '../storage/job-lease-store';
import type { ScheduledJob } from './scheduled-job';
import { startJobs } from './start-jobs';

describe('startJobs', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  });
  afterAll(() => storage.close());

  const quiet = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));

  it('runs each scheduled time once when two instances share the database, and records the outcome', async () => {
    const runs: { instance: string; at: string }[] = [];
    let reached!: () => void;
    const threeSlots = new Promise<void>((resolve) => (reached = resolve));
    const job = (instance: string): ScheduledJob => ({
      name: 'every-second',
      schedule: '* * * * * *',
      async run(at) {
        runs.push({ instance, at: at.toISOString() });
        if (new Set(runs.map((r) => r.at)).size >= 3) reached();
        return { done: 1 };
      },
    });
    const instances = ['a', 'b'].map((owner) =>
      startJobs({
        jobs: [job(owner)],
        leases: new JobLeaseStore(storage.db),
        timeZone: 'Europe/Amsterdam',
        logger: quiet,
        owner,
      }),
    );
    await threeSlots;
    await Promise.all(instances.map((jobs) => jobs.stop()));

    const slots = runs.map((r) => r.at);
    expect(new Set(slots).size).toBe(slots.length);
    const [last] = await new JobLeaseStore(storage.db).list();
    expect(last).toEqual(
      expect.objectContaining({ job: 'every-second', outcome: 'ok', summary: '{"done":1}' }),
    );
  });

  it('records a failed run with the id of its logged error, and keeps scheduling', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({ write: (c: Buffer, _e, cb) => (lines.push(String(c)), cb()) }),
    );
    let attempts = 0;
    let twice!: () => void;
    const ranTwice = new Promise<void>((resolve) => (twice = resolve));
    const jobs = startJobs({
      jobs: [
        {
          name: 'failing',
          schedule: '* * * * * *',
          async run() {
            if (++attempts === 2) twice();
            throw new Error('the database is gone');
          },
        },
      ],
      leases: new JobLeaseStore(storage.db),
      timeZone: 'Europe/Amsterdam',
      logger,
      owner: 'a',
    });
    await ranTwice;
    await jobs.stop();
    const run = (await new JobLeaseStore(storage.db).list()).find((r) => r.job === 'failing');
    expect(run?.outcome).toBe('failed');
    const failure = lines
      .map((l) => JSON.parse(l) as { event: string; errorId?: string })
      .find((l) => l.event === 'job-failed');
    expect(failure?.errorId).toBeDefined();
  });
});
