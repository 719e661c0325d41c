import type { FeedbackReason } from './answer-stats';
import type { Lang } from './lang';

/** Verdicts on one topic's answers; `reasons` counts the "not helpful" ones per reason given. */
export interface TopicVerdicts {
  topicId: string;
  helpful: number;
  notHelpful: number;
  reasons: Record<FeedbackReason, number>;
}

/** A question sent to the editors, with how far the editors are with it. */
export interface EditorQuestion {
  id: string;
  lang: Lang;
  text: string;
  /** The day it was sent, in the service's time zone (YYYY-MM-DD). */
  day: string;
  createdAt: Date;
  readAt?: Date;
  handledAt?: Date;
}

/** Which questions to list: all, not yet read, not yet handled (`open`), or handled. */
export const QUESTION_FILTERS = ['all', 'unread', 'open', 'handled'] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];

/** How many questions there are, in total and per state. */
export interface QuestionCounts {
  total: number;
  unread: number;
  open: number;
  handled: number;
}

/** What an editor marks on a question; a field left out stays as it is. */
export interface QuestionChange {
  read?: boolean;
  handled?: boolean;
}

/** A change that contradicts itself: a handled question is read. */
export class QuestionChangeError extends Error {
  constructor() {
    super('read: een afgehandelde vraag is ook gelezen; stuur niet read: false met handled: true');
    this.name = 'QuestionChangeError';
  }
}

/**
 * What the Beheer tab's "Redactie" shows and does: verdicts per topic, unanswered questions per day, and the
 * questions sent to the editors, which admins mark and delete.
 * @remarks Marking and deleting write a line to the admin audit (who, which question id, when) in the same
 * transaction, never the question's text.
 */
export interface EditorialRepository {
  /** Verdicts per topic, over the days from `from` to `to` (both YYYY-MM-DD, inclusive; open when left out). */
  verdictsPerTopic(range: { from?: string; to?: string }): Promise<TopicVerdicts[]>;
  /** Unanswered questions per day and language from `from` to `to` (inclusive); days without any are absent. */
  unansweredPerDay(range: {
    from: string;
    to: string;
  }): Promise<{ day: string; lang: Lang; count: number }[]>;
  /** The questions the filter selects, newest first. */
  questions(filter: QuestionFilter): Promise<EditorQuestion[]>;
  questionCounts(): Promise<QuestionCounts>;
  /** Applies `change` (see {@link nextQuestionState}); undefined when there is no such question. */
  markQuestion(
    input: QuestionChange & { id: string; actorId: string; at: Date },
  ): Promise<EditorQuestion | undefined>;
  /** Deletes the question; false when there is no such question. */
  deleteQuestion(input: { id: string; actorId: string; at: Date }): Promise<boolean>;
}

/**
 * A question's read and handled moments after `change` at `at`.
 * @remarks Handled implies read: `handled: true` also marks it read, and `read: false` also reopens it. A moment
 * already set is kept, so the first time it was read stays. Throws {@link QuestionChangeError} for
 * `{ read: false, handled: true }`.
 */
export function nextQuestionState(
  current: { readAt?: Date; handledAt?: Date },
  change: QuestionChange,
  at: Date,
): { readAt?: Date; handledAt?: Date } {
  if (change.read === false && change.handled === true) throw new QuestionChangeError();
  let { readAt, handledAt } = current;
  if (change.handled === true) handledAt ??= at;
  if (change.handled === false) handledAt = undefined;
  if (change.read === true || handledAt) readAt ??= at;
  if (change.read === false) {
    readAt = undefined;
    handledAt = undefined;
  }
  return { ...(readAt ? { readAt } : {}), ...(handledAt ? { handledAt } : {}) };
}

const DAY_MS = 86_400_000;

/** The `count` days that end with `today` (YYYY-MM-DD), newest first. */
export function daysEndingOn(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00.000Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - i * DAY_MS).toISOString().slice(0, 10));
}

/** Unanswered questions on each of `days`, per language, with 0 for a day or language without any. */
export function unansweredTable(
  days: readonly string[],
  rows: readonly { day: string; lang: Lang; count: number }[],
): { day: string; counts: Record<Lang, number>; total: number }[] {
  const byDay = new Map(days.map((day) => [day, { nl: 0, en: 0 } as Record<Lang, number>]));
  for (const row of rows) {
    const counts = byDay.get(row.day);
    if (counts) counts[row.lang] += row.count;
  }
  return days.map((day) => {
    const counts = byDay.get(day) as Record<Lang, number>;
    return { day, counts, total: counts.nl + counts.en };
  });
}
