import { describeEachEngine } from '../../test/support/databases';
import type { Announcement } from '../announcements';
import { retentionCutoffs, retentionJob } from '../app/retention';
import { AnnouncementStore } from './announcement-store';
import { AnswerStatsStore } from './answer-stats-store';
import { OutboxStore } from './outbox-store';
import { RetentionStore } from './retention-store';
import { TrainingReminderStore } from './training-reminder-store';

const now = new Date('2026-12-02T03:41:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const periods = { outboxDays: 30, editorQuestionDays: 180, trainingClaimDays: 365 };

const announcement = (id: string): Announcement => ({
  id,
  title: 'Nieuwe data',
  body: 'De opfriscursus is op 12 januari.',
  buttons: [],
  audience: { kind: 'all' },
  acknowledge: false,
  status: 'sent',
  revision: 1,
  authorId: 'admin-1',
  createdAt: daysAgo(400),
  updatedAt: daysAgo(400),
});

describeEachEngine('the retention run', (storage) => {
  it('deletes each kind of row after its period, and keeps what is younger, open or still needed', async () => {
    const { db } = storage();
    const outbox = new OutboxStore(db, storage().dialect);
    const item = (key: string, purpose: string) => ({
      purpose,
      idempotencyKey: key,
      recipient: { kind: 'person' as const, aadObjectId: 'p1' },
      payload: { type: 'message' as const, text: '' },
    });
    await outbox.enqueue(
      [
        item('old-sent', 'handover'),
        item('old-failed', 'handover'),
        item('young-sent', 'handover'),
        item('old-pending', 'handover'),
        item('kept-by-announcement', 'announcement:a1'),
        item('kept-author-card', 'announcement:a1:author'),
        item('announcement-gone', 'announcement:a2'),
        item('prefix-only', 'announcement:a10'),
      ],
      daysAgo(100),
    );
    const finish = async (key: string, status: 'sent' | 'failed', at: Date) =>
      db
        .updateTable('outbox')
        .set({ status, updated_at: at.toISOString() })
        .where('idempotency_key', '=', key)
        .execute();
    await finish('old-sent', 'sent', daysAgo(31));
    await finish('old-failed', 'failed', daysAgo(45));
    await finish('young-sent', 'sent', daysAgo(29));
    for (const key of ['kept-by-announcement', 'kept-author-card', 'announcement-gone', 'prefix-only']) {
      await finish(key, 'sent', daysAgo(60));
    }
    await new AnnouncementStore(db).create(announcement('a1'));

    const questions = new AnswerStatsStore(db, 'Europe/Amsterdam');
    await questions.submitQuestion({ lang: 'nl', text: 'oude vraag', at: daysAgo(181) });
    await questions.submitQuestion({ lang: 'nl', text: 'recente vraag', at: daysAgo(179) });

    const training = new TrainingReminderStore(db);
    await training.snooze({ aadObjectId: 'p1', courseId: 'c1', until: daysAgo(2) });
    await training.snooze({ aadObjectId: 'p2', courseId: 'c1', until: daysAgo(-3) });
    for (const p of ['p1', 'p2', 'p3']) {
      await training.openClaim({ aadObjectId: p, courseId: 'c1', claimedAt: daysAgo(500) });
    }
    await training.decideClaim({
      aadObjectId: 'p1',
      courseId: 'c1',
      status: 'rejected',
      by: 'm',
      at: daysAgo(366),
    });
    await training.decideClaim({
      aadObjectId: 'p2',
      courseId: 'c1',
      status: 'rejected',
      by: 'm',
      at: daysAgo(364),
    });

    const job = retentionJob({ periods, store: new RetentionStore(db) });
    const counts = await job.run(now);

    expect(counts).toEqual({
      outbox: 4,
      editorQuestions: 1,
      trainingSnoozes: 1,
      trainingClaims: 1,
    });
    const keys = (await db.selectFrom('outbox').select('idempotency_key').execute()).map(
      (r) => r.idempotency_key,
    );
    expect(keys.sort()).toEqual(['kept-author-card', 'kept-by-announcement', 'old-pending', 'young-sent']);
    expect((await questions.editorQuestions()).map((q) => q.text)).toEqual(['recente vraag']);
    expect((await training.activeSnoozes(daysAgo(10))).map((s) => s.aadObjectId)).toEqual(['p2']);
    expect((await training.claims()).map((c) => `${c.aadObjectId}:${c.status}`).sort()).toEqual([
      'p2:rejected',
      'p3:open',
    ]);
    // A second run finds nothing more to delete.
    expect(Object.values((await job.run(now)) ?? {})).toEqual([0, 0, 0, 0]);
  });

  it('reads its periods in whole days before the run', () => {
    const cutoffs = retentionCutoffs({ ...periods, outboxDays: 1 }, now);
    expect(cutoffs.outbox.toISOString()).toBe('2026-12-01T03:41:00.000Z');
    expect(cutoffs.editorQuestions.toISOString()).toBe('2026-06-05T03:41:00.000Z');
  });
});
