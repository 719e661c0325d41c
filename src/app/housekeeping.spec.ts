import { openTestStorage } from '../../test/support/databases';
import { AnswerStatsStore } from '../storage/answer-stats-store';
import type { Storage } from '../storage/database';
import { SeeSomethingFlowStore } from '../storage/see-something-flow-store';
import { housekeepingJob } from './housekeeping';

describe('housekeeping', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  });
  afterAll(() => storage.close());

  it('deletes expired flows and editor questions older than the retention period, and nothing else', async () => {
    const now = new Date('2026-11-29T12:00:00.000Z');
    const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
    const flows = new SeeSomethingFlowStore(storage.db);
    const answerStats = new AnswerStatsStore(storage.db, 'Europe/Amsterdam');
    await flows.create({ id: 'old', ownerId: 'a', createdAt: days(2), expiresAt: days(1) });
    await flows.create({ id: 'open', ownerId: 'a', createdAt: now, expiresAt: days(-1) });
    await answerStats.submitQuestion({ lang: 'nl', text: 'oude vraag', at: days(181) });
    await answerStats.submitQuestion({ lang: 'nl', text: 'recente vraag', at: days(179) });
    const counts = await housekeepingJob({ seeSomethingFlows: flows, answerStats }).run(now);

    expect(await flows.get('old')).toBeUndefined();
    expect(await flows.get('open')).toBeDefined();
    expect((await answerStats.editorQuestions()).map((q) => q.text)).toEqual(['recente vraag']);
    expect(counts).toEqual({ flows: 1, questions: 1 });
  });
});
