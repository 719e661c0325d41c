import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { errorFields, type Logger } from '../logging';
import type { JobLeaseRepository, ScheduledJob } from './scheduled-job';

/** The scheduled jobs of this instance, running. */
export interface RunningJobs {
  /** Stops the schedules and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * Schedules each job with croner in `timeZone`; at each scheduled time every instance asks the lease repository
 * and only the one that claims the slot runs it.
 * @remarks croner's `protect` skips a tick while the previous run of the same job is still going in this instance.
 */
export function startJobs(props: {
  jobs: readonly ScheduledJob[];
  leases: JobLeaseRepository;
  timeZone: string;
  logger: Logger;
  owner: string;
  now?: () => Date;
}): RunningJobs {
  const now = props.now ?? (() => new Date());
  const running = new Set<Promise<void>>();
  const runSlot = async (job: ScheduledJob, slot: Date) => {
    if (!(await props.leases.claim(job.name, slot, props.owner, now()))) return;
    let outcome: 'ok' | 'failed' = 'ok';
    let summary: string | null;
    try {
      const counts = await job.run(slot);
      summary = counts ? JSON.stringify(counts) : null;
      props.logger.info({ event: 'job-run', job: job.name, ...counts }, 'job ran');
    } catch (error) {
      outcome = 'failed';
      summary = randomUUID();
      props.logger.warn(
        { event: 'job-failed', job: job.name, errorId: summary, ...errorFields(error) },
        'job failed',
      );
    }
    await props.leases.finish(job.name, slot, outcome, summary, now());
  };
  const crons = props.jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: props.timeZone, protect: true, unref: true }, async (self: Cron) => {
        const run = runSlot(job, self.currentRun() ?? now()).catch((error: unknown) =>
          props.logger.warn(
            { event: 'job-lease-failed', job: job.name, ...errorFields(error) },
            'job lease failed',
          ),
        );
        running.add(run);
        await run;
        running.delete(run);
      }),
  );
  return {
    async stop() {
      for (const cron of crons) cron.stop();
      await Promise.all(running);
    },
  };
}
