import type { Kysely, Selectable } from 'kysely';
import type { Claim, ReminderRepository, ReminderStage, SentReminder, Snooze } from '../training';
import type { Database, TrainingClaimTable } from './schema';
import { upsertLater } from './training-store';

/** Rows per insert: 6 values a row stays well under both engines' limits on bound parameters. */
const CHUNK = 500;

/** What the reminder job remembers (sent reminders, snoozes, claims) on the Voordeur database. */
export class TrainingReminderStore implements ReminderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async sentReminders(): Promise<SentReminder[]> {
    const rows = await this.db.selectFrom('training_reminders').selectAll().execute();
    return rows.map((r) => ({
      key: r.key,
      aadObjectId: r.aad_object_id,
      courseId: r.course_id,
      stage: r.stage as ReminderStage,
      ...(r.due_on ? { dueOn: r.due_on } : {}),
      sentAt: new Date(r.sent_at),
    }));
  }

  async recordSent(reminders: readonly SentReminder[]): Promise<void> {
    for (let i = 0; i < reminders.length; i += CHUNK) {
      await this.db
        .insertInto('training_reminders')
        .values(
          reminders.slice(i, i + CHUNK).map((r) => ({
            key: r.key,
            aad_object_id: r.aadObjectId,
            course_id: r.courseId,
            stage: r.stage,
            due_on: r.dueOn ?? null,
            sent_at: r.sentAt.toISOString(),
          })),
        )
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
  }

  async activeSnoozes(now: Date): Promise<Snooze[]> {
    const rows = await this.db
      .selectFrom('training_snoozes')
      .selectAll()
      .where('until', '>', now.toISOString())
      .execute();
    return rows.map((r) => ({
      aadObjectId: r.aad_object_id,
      courseId: r.course_id,
      until: new Date(r.until),
    }));
  }

  async snooze(snooze: Snooze): Promise<void> {
    const until = snooze.until.toISOString();
    await this.db
      .insertInto('training_snoozes')
      .values({ aad_object_id: snooze.aadObjectId, course_id: snooze.courseId, until })
      .onConflict((oc) => oc.columns(['aad_object_id', 'course_id']).doUpdateSet({ until }))
      .execute();
  }

  async claims(): Promise<Claim[]> {
    const rows = await this.db.selectFrom('training_claims').selectAll().execute();
    return rows.map(toClaim);
  }

  async getClaim(aadObjectId: string, courseId: string): Promise<Claim | undefined> {
    const row = await this.db
      .selectFrom('training_claims')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId)
      .where('course_id', '=', courseId)
      .executeTakeFirst();
    return row && toClaim(row);
  }

  async openClaim(claim: Pick<Claim, 'aadObjectId' | 'courseId' | 'claimedAt'>): Promise<boolean> {
    const open = {
      claimed_at: claim.claimedAt.toISOString(),
      status: 'open' as const,
      decided_at: null,
      decided_by: null,
    };
    const result = await this.db
      .insertInto('training_claims')
      .values({ aad_object_id: claim.aadObjectId, course_id: claim.courseId, ...open })
      .onConflict((oc) =>
        oc
          .columns(['aad_object_id', 'course_id'])
          .doUpdateSet(open)
          .where('training_claims.status', '<>', 'open'),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async decideClaim(decision: Parameters<ReminderRepository['decideClaim']>[0]): Promise<boolean> {
    const { aadObjectId, courseId, status, by, at, completedOn } = decision;
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('training_claims')
        .set({ status, decided_at: at.toISOString(), decided_by: by })
        .where('aad_object_id', '=', aadObjectId)
        .where('course_id', '=', courseId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      if (status === 'confirmed') {
        if (!completedOn) throw new Error('a confirmed claim needs its completion date');
        await upsertLater(trx, [{ aadObjectId, courseId, completedOn, source: 'claim-confirmed' }], at);
      }
      return true;
    });
  }
}

function toClaim(row: Selectable<TrainingClaimTable>): Claim {
  return {
    aadObjectId: row.aad_object_id,
    courseId: row.course_id,
    claimedAt: new Date(row.claimed_at),
    status: row.status,
    ...(row.decided_at ? { decidedAt: new Date(row.decided_at) } : {}),
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
  };
}
