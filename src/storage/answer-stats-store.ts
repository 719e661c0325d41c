import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { dayOf, type AnswerStatsRepository, type FeedbackReason, type Lang } from '../guidance';
import type { Database } from './schema';

/** How long unanswered questions are counted in memory before they are written. */
const FLUSH_MS = 1_000;

/** {@link AnswerStatsRepository} on the Voordeur database; days are counted in `timeZone`. */
export class AnswerStatsStore implements AnswerStatsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly timeZone: string,
  ) {}

  private dayOf(at: Date): string {
    return dayOf(at, this.timeZone);
  }

  async recordFeedback(input: { topicId: string; lang: Lang; helpful: boolean; at: Date }): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('answer_feedback')
      .values({
        id,
        topic_id: input.topicId,
        lang: input.lang,
        helpful: input.helpful ? 1 : 0,
        reason: null,
        day: this.dayOf(input.at),
        created_at: input.at.toISOString(),
      })
      .execute();
    return id;
  }

  async addReason(id: string, reason: FeedbackReason): Promise<boolean> {
    const result = await this.db
      .updateTable('answer_feedback')
      .set({ reason })
      .where('id', '=', id)
      .where('helpful', '=', 0)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Unanswered questions counted in memory and not yet written, per day and language. */
  private readonly pending = new Map<string, { day: string; lang: Lang; count: number }>();
  private flushTimer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  /**
   * Counts one unanswered question; the count reaches the database within {@link FLUSH_MS}.
   * @remarks Writing on every fallback cost about a tenth of such a turn's CPU under load. A crash loses at most
   * those seconds of counts: a figure for the editors, not a record anyone relies on.
   */
  async countUnanswered(lang: Lang, at: Date): Promise<void> {
    const day = this.dayOf(at);
    const key = `${day}|${lang}`;
    const entry = this.pending.get(key);
    if (entry) entry.count++;
    else this.pending.set(key, { day, lang, count: 1 });
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => void this.flush().catch(() => undefined), FLUSH_MS);
      this.flushTimer.unref();
    }
  }

  /** Writes the counts still in memory; a failed write keeps them for the next try. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    const write = this.flushing.then(async () => {
      try {
        for (const { day, lang, count } of batch) {
          await this.db
            .insertInto('unanswered_daily')
            .values({ day, lang, count })
            .onConflict((oc) =>
              oc.columns(['day', 'lang']).doUpdateSet({ count: sql`unanswered_daily.count + ${count}` }),
            )
            .execute();
        }
      } catch (error) {
        for (const item of batch) {
          const key = `${item.day}|${item.lang}`;
          const entry = this.pending.get(key);
          if (entry) entry.count += item.count;
          else this.pending.set(key, { ...item });
        }
        throw error;
      }
    });
    this.flushing = write.catch(() => undefined);
    await write;
  }

  async feedbackSummary(): Promise<{ topicId: string; helpful: number; notHelpful: number }[]> {
    const rows = await this.db
      .selectFrom('answer_feedback')
      .select(['topic_id', sql<number>`sum(helpful)`.as('helpful'), sql<number>`count(*)`.as('total')])
      .groupBy('topic_id')
      .orderBy('topic_id')
      .execute();
    return rows.map((r) => ({
      topicId: r.topic_id,
      helpful: Number(r.helpful),
      notHelpful: Number(r.total) - Number(r.helpful),
    }));
  }

  async unansweredByDay(): Promise<{ day: string; lang: Lang; count: number }[]> {
    await this.flush();
    const rows = await this.db
      .selectFrom('unanswered_daily')
      .selectAll()
      .orderBy('day', 'desc')
      .orderBy('lang')
      .execute();
    return rows.map((r) => ({ day: r.day, lang: r.lang as Lang, count: Number(r.count) }));
  }

  async submitQuestion(input: { lang: Lang; text: string; at: Date }): Promise<void> {
    await this.db
      .insertInto('editor_questions')
      .values({
        id: randomUUID(),
        lang: input.lang,
        text: input.text,
        day: this.dayOf(input.at),
        created_at: input.at.toISOString(),
      })
      .execute();
  }

  async editorQuestions(): Promise<{ day: string; lang: Lang; text: string }[]> {
    const rows = await this.db
      .selectFrom('editor_questions')
      .select(['day', 'lang', 'text'])
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({ day: r.day, lang: r.lang as Lang, text: r.text }));
  }
}
