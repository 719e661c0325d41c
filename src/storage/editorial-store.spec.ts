import { randomUUID } from 'node:crypto';
import { describeEachEngine } from '../../test/support/databases';
import { AnswerStatsStore } from './answer-stats-store';
import { EditorialStore, questionSubject } from './editorial-store';
import { PersonDataStore } from './person-data-store';

const ADMIN = 'aaaaaaaa-0000-4000-8000-0000000000ad';
const OTHER_ADMIN = 'aaaaaaaa-0000-4000-8000-0000000000ae';
const at = (iso: string) => new Date(iso);

describeEachEngine('EditorialStore', (storage) => {
  let stats: AnswerStatsStore;
  let store: EditorialStore;
  beforeAll(() => {
    stats = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
    store = new EditorialStore(storage().db, stats);
  });

  const auditLines = () =>
    storage().db.selectFrom('admin_audit').selectAll().orderBy('at').orderBy('action').execute();

  it('counts verdicts per topic and reason, within the days asked for', async () => {
    const verdict = async (
      topicId: string,
      helpful: boolean,
      day: string,
      reason?: 'emergency' | 'unclear',
    ) => {
      const id = await stats.recordFeedback({ topicId, lang: 'nl', helpful, at: at(`${day}T10:00:00Z`) });
      if (reason) await stats.addReason(id, reason);
    };
    await verdict('meldrecht', true, '2026-11-01');
    await verdict('meldrecht', false, '2026-11-02', 'emergency');
    await verdict('meldrecht', false, '2026-11-03', 'emergency');
    await verdict('meldrecht', false, '2026-11-03');
    await verdict('veilig-thuis', false, '2026-11-20', 'unclear');
    const zero = { 'wrong-topic': 0, unclear: 0, incomplete: 0, emergency: 0 };

    expect(await store.verdictsPerTopic({})).toEqual([
      { topicId: 'meldrecht', helpful: 1, notHelpful: 3, reasons: { ...zero, emergency: 2 } },
      { topicId: 'veilig-thuis', helpful: 0, notHelpful: 1, reasons: { ...zero, unclear: 1 } },
    ]);
    expect(await store.verdictsPerTopic({ from: '2026-11-02', to: '2026-11-02' })).toEqual([
      { topicId: 'meldrecht', helpful: 0, notHelpful: 1, reasons: { ...zero, emergency: 1 } },
    ]);
    expect((await store.verdictsPerTopic({ from: '2026-11-04' })).map((t) => t.topicId)).toEqual([
      'veilig-thuis',
    ]);
    expect(await store.verdictsPerTopic({ to: '2026-10-31' })).toEqual([]);
  });

  it('reads unanswered counts per day, including those still in memory', async () => {
    await stats.countUnanswered('nl', at('2026-11-10T09:00:00Z'));
    await stats.countUnanswered('en', at('2026-11-10T09:00:00Z'));
    await stats.countUnanswered('nl', at('2026-11-12T09:00:00Z'));
    await stats.countUnanswered('nl', at('2026-11-14T09:00:00Z'));
    expect(await store.unansweredPerDay({ from: '2026-11-10', to: '2026-11-12' })).toEqual([
      { day: '2026-11-12', lang: 'nl', count: 1 },
      { day: '2026-11-10', lang: 'en', count: 1 },
      { day: '2026-11-10', lang: 'nl', count: 1 },
    ]);
  });

  it('lists questions by status, marks and deletes them, and audits each change with ids only', async () => {
    await stats.submitQuestion({ lang: 'nl', text: 'eerste vraag', at: at('2026-11-28T08:00:00Z') });
    await stats.submitQuestion({ lang: 'en', text: 'second question', at: at('2026-11-28T09:00:00Z') });
    const [second, first] = await store.questions('all');
    expect([second.text, first.text]).toEqual(['second question', 'eerste vraag']);
    expect(first).toEqual({
      id: expect.any(String),
      lang: 'nl',
      text: 'eerste vraag',
      day: '2026-11-28',
      createdAt: at('2026-11-28T08:00:00Z'),
    });
    expect(await store.questionCounts()).toEqual({ total: 2, unread: 2, open: 2, handled: 0 });

    const readAt = at('2026-11-29T10:00:00Z');
    expect(await store.markQuestion({ id: first.id, read: true, actorId: ADMIN, at: readAt })).toMatchObject({
      readAt,
    });
    // Marking it read again changes nothing and writes no second audit line.
    await store.markQuestion({ id: first.id, read: true, actorId: ADMIN, at: at('2026-11-29T11:00:00Z') });
    const handledAt = at('2026-11-30T10:00:00Z');
    const handled = await store.markQuestion({
      id: second.id,
      handled: true,
      actorId: OTHER_ADMIN,
      at: handledAt,
    });
    expect(handled).toMatchObject({ readAt: handledAt, handledAt });

    expect((await store.questions('unread')).map((q) => q.id)).toEqual([]);
    expect((await store.questions('open')).map((q) => q.id)).toEqual([first.id]);
    expect((await store.questions('handled')).map((q) => q.id)).toEqual([second.id]);
    expect(await store.questionCounts()).toEqual({ total: 2, unread: 0, open: 1, handled: 1 });

    const reopened = await store.markQuestion({
      id: second.id,
      read: false,
      actorId: ADMIN,
      at: at('2026-11-30T11:00:00Z'),
    });
    expect(reopened?.readAt).toBeUndefined();
    expect(reopened?.handledAt).toBeUndefined();
    expect(await store.markQuestion({ id: randomUUID(), read: true, actorId: ADMIN, at: readAt })).toBe(
      undefined,
    );

    expect(await store.deleteQuestion({ id: first.id, actorId: ADMIN, at: at('2026-11-30T12:00:00Z') })).toBe(
      true,
    );
    expect(await store.deleteQuestion({ id: first.id, actorId: ADMIN, at: handledAt })).toBe(false);
    expect((await store.questions('all')).map((q) => q.id)).toEqual([second.id]);

    const lines = await auditLines();
    expect(lines.map((l) => [l.action, l.actor_id, l.subject_id, l.detail && JSON.parse(l.detail)])).toEqual([
      ['editor-question-marked', ADMIN, questionSubject(first.id), { read: 1, handled: 0 }],
      ['editor-question-marked', OTHER_ADMIN, questionSubject(second.id), { read: 1, handled: 1 }],
      ['editor-question-marked', ADMIN, questionSubject(second.id), { read: 0, handled: 0 }],
      ['editor-question-deleted', ADMIN, questionSubject(first.id), null],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/eerste vraag|second question/);
  });

  it("puts an admin's editorial audit lines in their AVG export and anonymises them on erasure", async () => {
    const people = new PersonDataStore(storage().db);
    const exported = await people.export(OTHER_ADMIN);
    expect(exported.admin_audit).toEqual([
      expect.objectContaining({ action: 'editor-question-marked', actor_id: OTHER_ADMIN }),
    ]);
    const erased = await people.erase(OTHER_ADMIN, at('2026-12-01T10:00:00Z'));
    expect(erased.anonymised.admin_audit).toBe(1);
    expect((await people.export(OTHER_ADMIN)).admin_audit).toEqual([]);
    // Another admin's lines stay theirs.
    expect((await people.export(ADMIN)).admin_audit).toHaveLength(3);
  });
});
