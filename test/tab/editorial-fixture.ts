import { openStorage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';

/** A question sent to the editors in the seed; its text must never reach a log. */
export const SEEDED_QUESTION = 'Mag ik als opzichter een melding doen zonder mijn leidinggevende?';
export const SEEDED_QUESTION_EN = 'Can a tenant consultant ask Veilig Thuis for advice anonymously?';

/**
 * Seeds what the editors read into a running test service's database, as the bot stores it, today:
 * - `meldrecht`: 3 helpful, 2 not helpful (one "dit was een noodgeval", one without a reason);
 * - `veilig-thuis`: 1 not helpful, "niet duidelijk";
 * - 4 unanswered questions in Dutch and 1 in English;
 * - two questions to the editors (Dutch, then English).
 */
export async function seedEditorial(where: { dataDir: string; databaseUrl?: string }, now = new Date()) {
  const storage = await openStorage(where);
  try {
    const { answerStats } = createStores(storage, 'Europe/Amsterdam');
    const verdict = async (topicId: string, helpful: boolean, reason?: 'emergency' | 'unclear') => {
      const id = await answerStats.recordFeedback({ topicId, lang: 'nl', helpful, at: now });
      if (reason) await answerStats.addReason(id, reason);
    };
    for (let i = 0; i < 3; i++) await verdict('meldrecht', true);
    await verdict('meldrecht', false, 'emergency');
    await verdict('meldrecht', false);
    await verdict('veilig-thuis', false, 'unclear');
    for (let i = 0; i < 4; i++) await answerStats.countUnanswered('nl', now);
    await answerStats.countUnanswered('en', now);
    await answerStats.flush();
    await answerStats.submitQuestion({
      lang: 'nl',
      text: SEEDED_QUESTION,
      at: new Date(now.getTime() - 60_000),
    });
    await answerStats.submitQuestion({ lang: 'en', text: SEEDED_QUESTION_EN, at: now });
  } finally {
    await storage.close();
  }
}
