import type { Lang } from './lang';

/** Why an answer did not help, as the reason buttons offer it. */
/** Why an answer did not help; `emergency`: the person was in danger and needed 112, not a topic. */
export const FEEDBACK_REASONS = ['wrong-topic', 'unclear', 'incomplete', 'emergency'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** The longest question a person can send to the editors. */
export const MAX_EDITOR_QUESTION = 500;

/**
 * What the editors learn about answers: verdicts per topic and unanswered questions per day, and the text of
 * a question only when its author chose to send it to them.
 */
export interface AnswerStatsRepository {
  /** Stores a verdict on a topic's answer and returns its id (to add a reason later). */
  recordFeedback(input: { topicId: string; lang: Lang; helpful: boolean; at: Date }): Promise<string>;
  /** Adds a reason to a "not helpful" verdict; false when there is no such verdict. */
  addReason(id: string, reason: FeedbackReason): Promise<boolean>;
  /** Counts one unanswered question for the day of `at` (it may reach storage a few seconds later). */
  countUnanswered(lang: Lang, at: Date): Promise<void>;
  /** Writes counts still held in memory; called before the service stops. */
  flush(): Promise<void>;
  /** Per topic: helpful and not-helpful verdicts. */
  feedbackSummary(): Promise<{ topicId: string; helpful: number; notHelpful: number }[]>;
  /** Unanswered questions per day and language, newest day first. */
  unansweredByDay(): Promise<{ day: string; lang: Lang; count: number }[]>;
  /** Stores a question its author sent to the editors (checked for personal data before). */
  submitQuestion(input: { lang: Lang; text: string; at: Date }): Promise<void>;
  /** The questions sent to the editors, newest first. */
  editorQuestions(): Promise<{ day: string; lang: Lang; text: string }[]>;
}

const dayFormats = new Map<string, { format: Intl.DateTimeFormat; minute: number; day: string }>();

/**
 * The calendar day of `at` in `timeZone`, as YYYY-MM-DD.
 * @remarks One formatter per time zone: building one costs more than a whole search. Formatting costs about as
 * much as a search too, so the last answer is kept per zone for its minute: a zone's offset from UTC is a whole
 * number of minutes, so a day always starts on a minute.
 */
export function dayOf(at: Date, timeZone: string): string {
  const minute = Math.floor(at.getTime() / 60_000);
  let zone = dayFormats.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = { format, minute: Number.NaN, day: '' };
    dayFormats.set(timeZone, zone);
  }
  if (zone.minute !== minute) {
    zone.day = zone.format.format(at);
    zone.minute = minute;
  }
  return zone.day;
}
