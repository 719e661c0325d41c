import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  FEEDBACK_REASONS,
  nextQuestionState,
  type EditorQuestion,
  type EditorialRepository,
  type FeedbackReason,
  type Lang,
  type QuestionChange,
  type QuestionCounts,
  type QuestionFilter,
  type TopicVerdicts,
} from '../guidance';
import type { AdminAuditAction, Database, EditorQuestionTable } from './schema';

/** The subject of an audit line about a question to the editors: never a person's id. */
export const questionSubject = (id: string) => `editor-question:${id}`;

/**
 * {@link EditorialRepository} on the Voordeur database, for the Beheer tab's "Redactie".
 * @remarks Reads the unanswered counts after `flush` (the counts this instance still holds in memory), so what an
 * editor sees includes the last seconds. Marking and deleting write their audit line in the same transaction.
 */
export class EditorialStore implements EditorialRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly unanswered: { flush(): Promise<void> },
  ) {}

  async verdictsPerTopic(range: { from?: string; to?: string }): Promise<TopicVerdicts[]> {
    let query = this.db
      .selectFrom('answer_feedback')
      .select(['topic_id', 'helpful', 'reason', sql<number>`count(*)`.as('n')])
      .groupBy(['topic_id', 'helpful', 'reason'])
      .orderBy('topic_id');
    if (range.from) query = query.where('day', '>=', range.from);
    if (range.to) query = query.where('day', '<=', range.to);
    const topics = new Map<string, TopicVerdicts>();
    for (const row of await query.execute()) {
      let topic = topics.get(row.topic_id);
      if (!topic) {
        const reasons = Object.fromEntries(FEEDBACK_REASONS.map((r) => [r, 0])) as TopicVerdicts['reasons'];
        topic = { topicId: row.topic_id, helpful: 0, notHelpful: 0, reasons };
        topics.set(row.topic_id, topic);
      }
      const n = Number(row.n);
      if (Number(row.helpful) === 1) topic.helpful += n;
      else topic.notHelpful += n;
      if (row.reason && (FEEDBACK_REASONS as readonly string[]).includes(row.reason)) {
        topic.reasons[row.reason as FeedbackReason] += n;
      }
    }
    return [...topics.values()];
  }

  async unansweredPerDay(range: { from: string; to: string }) {
    await this.unanswered.flush();
    const rows = await this.db
      .selectFrom('unanswered_daily')
      .selectAll()
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .orderBy('day', 'desc')
      .orderBy('lang')
      .execute();
    return rows.map((r) => ({ day: r.day, lang: r.lang as Lang, count: Number(r.count) }));
  }

  async questions(filter: QuestionFilter): Promise<EditorQuestion[]> {
    let query = this.db.selectFrom('editor_questions').selectAll();
    if (filter === 'unread') query = query.where('read_at', 'is', null);
    if (filter === 'open') query = query.where('handled_at', 'is', null);
    if (filter === 'handled') query = query.where('handled_at', 'is not', null);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(toQuestion);
  }

  async questionCounts(): Promise<QuestionCounts> {
    const row = await this.db
      .selectFrom('editor_questions')
      .select([
        sql<number>`count(*)`.as('total'),
        sql<number>`count(*) - count(read_at)`.as('unread'),
        sql<number>`count(*) - count(handled_at)`.as('open'),
        sql<number>`count(handled_at)`.as('handled'),
      ])
      .executeTakeFirstOrThrow();
    return {
      total: Number(row.total),
      unread: Number(row.unread),
      open: Number(row.open),
      handled: Number(row.handled),
    };
  }

  async markQuestion(
    input: QuestionChange & { id: string; actorId: string; at: Date },
  ): Promise<EditorQuestion | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('editor_questions')
        .selectAll()
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!row) return undefined;
      const before = toQuestion(row);
      const next = nextQuestionState(before, input, input.at);
      const readAt = next.readAt?.toISOString() ?? null;
      const handledAt = next.handledAt?.toISOString() ?? null;
      if (readAt === row.read_at && handledAt === row.handled_at) return before;
      await trx
        .updateTable('editor_questions')
        .set({ read_at: readAt, handled_at: handledAt })
        .where('id', '=', input.id)
        .execute();
      await trx
        .insertInto('admin_audit')
        .values(
          auditLine('editor-question-marked', input, {
            read: readAt ? 1 : 0,
            handled: handledAt ? 1 : 0,
          }),
        )
        .execute();
      return toQuestion({ ...row, read_at: readAt, handled_at: handledAt });
    });
  }

  async deleteQuestion(input: { id: string; actorId: string; at: Date }): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('editor_questions').where('id', '=', input.id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await trx.insertInto('admin_audit').values(auditLine('editor-question-deleted', input)).execute();
      return true;
    });
  }
}

function toQuestion(row: Selectable<EditorQuestionTable>): EditorQuestion {
  return {
    id: row.id,
    lang: row.lang as Lang,
    text: row.text,
    day: row.day,
    createdAt: new Date(row.created_at),
    ...(row.read_at ? { readAt: new Date(row.read_at) } : {}),
    ...(row.handled_at ? { handledAt: new Date(row.handled_at) } : {}),
  };
}

/** An audit line with ids and flags only: the question's text never goes to the audit. */
function auditLine(
  action: AdminAuditAction,
  input: { id: string; actorId: string; at: Date },
  detail?: Record<string, number>,
) {
  return {
    id: randomUUID(),
    action,
    actor_id: input.actorId,
    subject_id: questionSubject(input.id),
    at: input.at.toISOString(),
    detail: detail ? JSON.stringify(detail) : null,
  };
}
