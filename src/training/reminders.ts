import type { LocalDate } from './local-date';

/** Reminders go out this many days before a refresher is due; the last one reached is the one sent. */
export const BEFORE_DUE_DAYS = [30, 14, 3] as const;
/** Reminders while a course is overdue or never done, one a week; after these the person's manager is told. */
export const MAX_LATE_REMINDERS = 3;
/** At most one training reminder per person in this many days, whatever the course. */
export const REMINDER_INTERVAL_DAYS = 7;
/** "Herinner me volgende week" pauses a course's reminders this long. */
export const SNOOZE_DAYS = 7;
/** "Ik heb deze training al gedaan" pauses a course's reminders this long, or until a manager decides. */
export const CLAIM_PAUSE_DAYS = 14;

/**
 * Which reminder of a course this is.
 * @remarks `before-30`, `before-14` and `before-3` come before a refresher is due; `overdue-n` and `never-n`
 * are the n-th weekly reminder once it is overdue, or for a course the person never did.
 */
export type ReminderStage =
  `before-${(typeof BEFORE_DUE_DAYS)[number]}` | `overdue-${1 | 2 | 3}` | `never-${1 | 2 | 3}`;

/** A reminder that was planned and handed to the outbox. */
export interface SentReminder {
  /** The idempotency key: see {@link reminderKey}. */
  key: string;
  aadObjectId: string;
  courseId: string;
  stage: ReminderStage;
  /** The due date the reminder was about; undefined for a course never done. */
  dueOn?: LocalDate;
  sentAt: Date;
}

/** "Herinner me volgende week": no reminders for this course until `until`. */
export interface Snooze {
  aadObjectId: string;
  courseId: string;
  until: Date;
}

export type ClaimStatus = 'open' | 'confirmed' | 'rejected';

/**
 * "Ik heb deze training al gedaan": the person says they did the course; a manager or admin confirms it (then a
 * record with source `claim-confirmed` is written) or rejects it.
 * @remarks No free text: a claim holds who, which course, when, and the decision.
 */
export interface Claim {
  aadObjectId: string;
  courseId: string;
  claimedAt: Date;
  status: ClaimStatus;
  decidedAt?: Date;
  /** The Entra object id of the manager or admin who decided. */
  decidedBy?: string;
}

/**
 * The idempotency key of a reminder: person, course, stage and due date.
 * @remarks The same reminder always gets the same key, so a pass run twice, after a restart or by a second
 * instance at the same moment puts nothing new in the outbox (its idempotency key is unique).
 */
export function reminderKey(
  aadObjectId: string,
  courseId: string,
  stage: ReminderStage,
  dueOn?: LocalDate,
): string {
  return `training-reminder|${aadObjectId}|${courseId}|${stage}|${dueOn ?? 'never'}`;
}
