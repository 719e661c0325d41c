import type { Course, Learner } from './courses';
import type { LocalDate } from './local-date';
import type { TrainingRecord } from './records';
import type { Claim, ClaimStatus, SentReminder, Snooze } from './reminders';

/** The catalogue of courses, in the order admins keep it (the first is the most important). */
export interface CourseRepository {
  list(): Promise<Course[]>;
  get(id: string): Promise<Course | undefined>;
}

/** What deleting a course removed with it: the rows kept about it, per kind. */
export interface RemovedCourse {
  records: number;
  reminders: number;
  snoozes: number;
  claims: number;
}

/** The catalogue as admins change it. */
export interface CourseCatalogue extends CourseRepository {
  /** Creates a course (placed last in the catalogue) or replaces the one with its id, keeping its place. */
  save(course: Course, at: Date): Promise<{ created: boolean }>;
  /**
   * Deletes a course and, in the same transaction, everything kept about it: completion records, reminders
   * sent, snoozes and claims (AVG: a record of a course that no longer exists serves no purpose).
   * @returns what was deleted with it; undefined when there is no such course
   */
  remove(id: string): Promise<RemovedCourse | undefined>;
}

/** Finds people in the directory for an import. */
export interface PersonMatcher {
  /**
   * The Entra object ids of the people each key names.
   * @param keys e-mail addresses or UPNs (matched against both, ignoring case) and Entra object ids
   * @returns per key, lowercased, every person it names (none, one, or more when two people share it)
   */
  matchPeople(keys: {
    addresses: readonly string[];
    objectIds: readonly string[];
  }): Promise<Map<string, string[]>>;
}

/** Completion records: one per person and course, the latest completion. */
export interface TrainingRecordRepository {
  allRecords(): Promise<TrainingRecord[]>;
  recordsOf(aadObjectIds: readonly string[]): Promise<TrainingRecord[]>;
  /**
   * Writes imported records in one transaction: all or nothing.
   * @remarks A stored completion that is later than the one given is kept, so that an old export imported
   * after a newer one (or after a confirmed claim) never moves someone's date back.
   */
  saveImport(records: readonly TrainingRecord[], at: Date): Promise<void>;
}

/** What the reminder job remembers: reminders it sent, snoozes and claims. */
export interface ReminderRepository {
  sentReminders(): Promise<SentReminder[]>;
  /** Remembers reminders handed to the outbox; a key already remembered is left as it is. */
  recordSent(reminders: readonly SentReminder[]): Promise<void>;
  /** Snoozes that have not ended at `now`. */
  activeSnoozes(now: Date): Promise<Snooze[]>;
  /** Sets (or moves) a person's snooze of a course. */
  snooze(snooze: Snooze): Promise<void>;
  /** Every stored claim: per person and course the latest, open or decided. */
  claims(): Promise<Claim[]>;
  getClaim(aadObjectId: string, courseId: string): Promise<Claim | undefined>;
  /** Stores a new open claim, replacing a decided one; false when an open claim already exists. */
  openClaim(claim: Pick<Claim, 'aadObjectId' | 'courseId' | 'claimedAt'>): Promise<boolean>;
  /**
   * Decides an open claim in one transaction; on `confirmed` also writes the record (source `claim-confirmed`,
   * keeping a later stored completion).
   * @returns false when there was no open claim (someone else decided first).
   */
  decideClaim(decision: {
    aadObjectId: string;
    courseId: string;
    status: Exclude<ClaimStatus, 'open'>;
    by: string;
    at: Date;
    completedOn?: LocalDate;
  }): Promise<boolean>;
}

/** The people reminders are for: everyone the directory knows who has not removed the app. */
export interface LearnerSource {
  learners(): Promise<Learner[]>;
}

/** One person as training sees them, for their own overview. */
export interface LearnerLookup {
  /** Undefined when the directory does not know the person. */
  learner(aadObjectId: string): Promise<Learner | undefined>;
}
