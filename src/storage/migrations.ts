import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import type { Database } from './schema';
import { initial } from './migrations/001-initial';
import { delivery } from './migrations/002-delivery';
import { teamTab } from './migrations/003-team-tab';
import { answerFeedback } from './migrations/004-answer-feedback';
import { editorQuestions } from './migrations/005-editor-questions';
import { seenFlows } from './migrations/006-seen-flows';
import { outboxUrgent } from './migrations/007-outbox-urgent';
import { seeSomethingFlows } from './migrations/008-see-something-flows';
import { jobLeases } from './migrations/009-job-leases';
import { training } from './migrations/010-training';
import { announcements } from './migrations/011-announcements';
import { adminAudit } from './migrations/012-admin-audit';
import { teamNames } from './migrations/013-team-names';
import { editorQuestionStatus } from './migrations/014-editor-question-status';
import { noTurnState } from './migrations/015-no-turn-state';

/**
 * Every migration, in order. Names sort the same way as they are listed.
 * @remarks Each migration must run unchanged on SQLite and PostgreSQL: use portable column types (text,
 * integer) and keep times as ISO text.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-delivery': delivery,
  '003-team-tab': teamTab,
  '004-answer-feedback': answerFeedback,
  '005-editor-questions': editorQuestions,
  '006-seen-flows': seenFlows,
  '007-outbox-urgent': outboxUrgent,
  '008-see-something-flows': seeSomethingFlows,
  '009-job-leases': jobLeases,
  '010-training': training,
  '011-announcements': announcements,
  '012-admin-audit': adminAudit,
  '013-team-names': teamNames,
  '014-editor-question-status': editorQuestionStatus,
  '015-no-turn-state': noTurnState,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

function migrator(db: Kysely<Database>): Migrator {
  // Kysely's migrator works on an untyped database.
  return new Migrator({ db: db as Kysely<unknown>, provider });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** How many known migrations the database has not applied yet. */
export async function pendingMigrations(db: Kysely<Database>): Promise<number> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => !m.executedAt).length;
}
