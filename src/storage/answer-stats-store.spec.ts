import { describeEachEngine } from '../../test/support/databases';
import { dayOf } from '../guidance';
import { AnswerStatsStore } from './answer-stats-store';

describeEachEngine('AnswerStatsStore', (storage) => {
  let store: AnswerStatsStore;
  beforeAll(() => {
    store = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
  });

  it('sums verdicts per topic and adds a reason only to a "not helpful" one', async () => {
    const at = new Date('2026-11-28T10:00:00.000Z');
    await store.recordFeedback({ topicId: 'veilig-thuis', lang: 'nl', helpful: true, at });
    const bad = await store.recordFeedback({ topicId: 'veilig-thuis', lang: 'en', helpful: false, at });
    const good = await store.recordFeedback({ topicId: 'meldrecht', lang: 'nl', helpful: true, at });
    expect(await store.addReason(bad, 'unclear')).toBe(true);
    expect(await store.addReason(good, 'unclear')).toBe(false);
    expect(await store.addReason('forged-id', 'unclear')).toBe(false);
    expect(await store.feedbackSummary()).toEqual([
      { topicId: 'meldrecht', helpful: 1, notHelpful: 0 },
      { topicId: 'veilig-thuis', helpful: 1, notHelpful: 1 },
    ]);
  });

  it('counts unanswered questions per day in the service time zone, also when counted at once', async () => {
    // 23:30 UTC on 28 November is already 29 November in Amsterdam.
    const lateEvening = new Date('2026-11-28T23:30:00.000Z');
    await Promise.all([1, 2, 3].map(() => store.countUnanswered('nl', lateEvening)));
    await store.countUnanswered('en', lateEvening);
    await store.countUnanswered('nl', new Date('2026-11-28T12:00:00.000Z'));
    expect(await store.unansweredByDay()).toEqual([
      { day: '2026-11-29', lang: 'en', count: 1 },
      { day: '2026-11-29', lang: 'nl', count: 3 },
      { day: '2026-11-28', lang: 'nl', count: 1 },
    ]);
  });
});

describeEachEngine('AnswerStatsStore editor questions', (storage) => {
  it('keeps sent questions with language and day, newest first', async () => {
    const store = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
    await store.submitQuestion({
      lang: 'nl',
      text: 'eerste vraag',
      at: new Date('2026-11-28T08:00:00.000Z'),
    });
    await store.submitQuestion({
      lang: 'en',
      text: 'second question',
      at: new Date('2026-11-28T09:00:00.000Z'),
    });
    expect(await store.editorQuestions()).toEqual([
      { day: '2026-11-28', lang: 'en', text: 'second question' },
      { day: '2026-11-28', lang: 'nl', text: 'eerste vraag' },
    ]);
  });
});

describeEachEngine('AnswerStatsStore days', (storage) => {
  it('counts on the day dayOf names, also across a change of summer time and at midnight', async () => {
    const store = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
    const instants = [
      '2026-03-29T00:59:59.999Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-24T21:59:59.999Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T22:59:59.999Z',
      '2026-10-25T23:00:00.000Z',
    ].map((iso) => new Date(iso));
    for (const at of instants) await store.countUnanswered('nl', at);
    const days = (await store.unansweredByDay()).map((d) => d.day).sort();
    expect(days).toEqual([...new Set(instants.map((at) => dayOf(at, 'Europe/Amsterdam')))].sort());
  });
});

describeEachEngine('AnswerStatsStore unanswered counts', (storage) => {
  it('keeps counts in memory until they are flushed, and adds them to what is stored', async () => {
    const at = new Date('2026-12-01T10:00:00.000Z');
    const first = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
    const second = new AnswerStatsStore(storage().db, 'Europe/Amsterdam');
    const stored = async () =>
      (
        await storage()
          .db.selectFrom('unanswered_daily')
          .selectAll()
          .where('day', '=', '2026-12-01')
          .execute()
      ).map((r) => [r.lang, Number(r.count)]);
    await first.countUnanswered('nl', at);
    await first.countUnanswered('nl', at);
    await second.countUnanswered('nl', at);
    expect(await stored()).toEqual([]);
    await Promise.all([first.flush(), second.flush()]);
    expect(await stored()).toEqual([['nl', 3]]);
    await first.flush();
    expect(await stored()).toEqual([['nl', 3]]);
  });
});

describe('dayOf', () => {
  it('names the calendar day in the given zone', () => {
    expect(dayOf(new Date('2026-06-30T22:30:00.000Z'), 'Europe/Amsterdam')).toBe('2026-07-01');
    expect(dayOf(new Date('2026-06-30T22:30:00.000Z'), 'UTC')).toBe('2026-06-30');
  });

  it('turns to the next day at local midnight, also in a zone 45 minutes off the hour and back and forth', () => {
    const calls: [string, string, string][] = [
      ['2026-11-30T22:59:59.999Z', 'Europe/Amsterdam', '2026-11-30'],
      ['2026-11-30T23:00:00.000Z', 'Europe/Amsterdam', '2026-12-01'],
      ['2026-11-30T22:59:30.000Z', 'Europe/Amsterdam', '2026-11-30'],
      ['2026-11-30T18:14:59.999Z', 'Asia/Kathmandu', '2026-11-30'],
      ['2026-11-30T18:15:00.000Z', 'Asia/Kathmandu', '2026-12-01'],
      ['2026-11-30T23:00:00.001Z', 'Europe/Amsterdam', '2026-12-01'],
    ];
    expect(calls.map(([at, zone]) => dayOf(new Date(at), zone))).toEqual(calls.map(([, , day]) => day));
  });
});
