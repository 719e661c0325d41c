import type { Kysely } from 'kysely';
import type { JobLeaseRepository, JobRun } from '../jobs';
import type { Database } from './schema';

/**
 * {@link JobLeaseRepository} in the database.
 * @remarks A claim is one conditional `UPDATE`: it moves the job's slot forward only from an earlier one, so of
 * all instances that claim a slot exactly one changes the row (PostgreSQL locks it; SQLite has one writer).
 * ISO times of one format sort as text.
 */
export class JobLeaseStore implements JobLeaseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(job: string, slot: Date, owner: string, now: Date): Promise<boolean> {
    const at = slot.toISOString();
    const started = now.toISOString();
    const inserted = await this.db
      .insertInto('job_runs')
      .values({ job, slot: at, owner, started_at: started })
      .onConflict((oc) => oc.column('job').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
    const updated = await this.db
      .updateTable('job_runs')
      .set({ slot: at, owner, started_at: started, finished_at: null, outcome: null, summary: null })
      .where('job', '=', job)
      .where('slot', '<', at)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  async finish(
    job: string,
    slot: Date,
    outcome: 'ok' | 'failed',
    summary: string | null,
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('job_runs')
      .set({ finished_at: now.toISOString(), outcome, summary })
      .where('job', '=', job)
      .where('slot', '=', slot.toISOString())
      .execute();
  }

  async list(): Promise<JobRun[]> {
    const rows = await this.db.selectFrom('job_runs').selectAll().orderBy('job').execute();
    return rows.map((row) => ({
      job: row.job,
      slot: row.slot,
      owner: row.owner,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      outcome: row.outcome as JobRun['outcome'],
      summary: row.summary,
    }));
  }
}
