/** A job that runs on a schedule, once per scheduled time across all instances. */
export interface ScheduledJob {
  /** A stable name: the key of its lease row and of its last outcome. */
  readonly name: string;
  /** When it runs: a cron pattern (with an optional seconds field) in the service's time zone. */
  readonly schedule: string;
  /**
   * Does the work of the run scheduled at `at`.
   * @returns counts or ids that say what the run did (never content), kept as its last outcome
   */
  run(at: Date): Promise<Record<string, number> | void>;
}

/** How a job's last run went; shown by the self-check. */
export interface JobRun {
  job: string;
  /** The scheduled time of the last run that an instance claimed. */
  slot: string;
  owner: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: 'ok' | 'failed' | null;
  /** What the run did (JSON of counts), or the id of its logged error. */
  summary: string | null;
}

/**
 * The lease rows that let one instance run each scheduled time of a job.
 * @remarks `claim` is the only coordination between instances: of all that call it for one job and slot, exactly
 * one gets `true`. A slot that no instance claimed (all were down) is skipped, not caught up: jobs are written so
 * that their next run does what a missed run would have done.
 */
export interface JobLeaseRepository {
  claim(job: string, slot: Date, owner: string, now: Date): Promise<boolean>;
  finish(job: string, slot: Date, outcome: 'ok' | 'failed', summary: string | null, now: Date): Promise<void>;
  list(): Promise<JobRun[]>;
}
