import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** What each retention rule deleted, by table. */
export interface RetentionCounts {
  outbox: number;
  editorQuestions: number;
  trainingSnoozes: number;
  trainingClaims: number;
}

/** The moments before which each kind of row goes; see `retentionJob` for the rules. */
export interface RetentionCutoffs {
  outbox: Date;
  editorQuestions: Date;
  trainingSnoozes: Date;
  trainingClaims: Date;
}

const FINISHED = ['sent', 'failed', 'cancelled'] as const;

/**
 * Deletes rows whose time has passed, one statement per table, on SQLite and PostgreSQL alike.
 * @remarks Each call deletes everything past its cutoff, so a run that did not happen is made up by the next.
 */
export class RetentionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async deleteBefore(cutoffs: RetentionCutoffs): Promise<RetentionCounts> {
    const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
    const iso = (d: Date) => d.toISOString();
    // A finished message of an announcement that still exists is kept: its activity id is how an edit updates,
    // and a retraction deletes, what people have in Teams. Removing the announcement lets them go.
    const outbox = await this.db
      .deleteFrom('outbox')
      .where('status', 'in', FINISHED)
      .where('updated_at', '<', iso(cutoffs.outbox))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('announcements as a')
              .select('a.id')
              .where(
                sql<boolean>`outbox.purpose = ${'announcement:'} || a.id or outbox.purpose like ${'announcement:'} || a.id || ${':%'}`,
              ),
          ),
        ),
      )
      .executeTakeFirst();
    const editorQuestions = await this.db
      .deleteFrom('editor_questions')
      .where('created_at', '<', iso(cutoffs.editorQuestions))
      .executeTakeFirst();
    const trainingSnoozes = await this.db
      .deleteFrom('training_snoozes')
      .where('until', '<', iso(cutoffs.trainingSnoozes))
      .executeTakeFirst();
    const trainingClaims = await this.db
      .deleteFrom('training_claims')
      .where('status', '!=', 'open')
      .where('decided_at', '<', iso(cutoffs.trainingClaims))
      .executeTakeFirst();
    return {
      outbox: count(outbox),
      editorQuestions: count(editorQuestions),
      trainingSnoozes: count(trainingSnoozes),
      trainingClaims: count(trainingClaims),
    };
  }
}
