import type { Lang } from '../guidance';
import type { OutboxStatus } from '../delivery/outbox';
import type {
  Announcement,
  AnnouncementContent,
  AnnouncementDraft,
  AnnouncementStatus,
} from './announcement';

/** The times an announcement records once, each when it happens. */
export type AnnouncementMoment = 'enqueuedAt' | 'finishedAt' | 'retractDoneAt' | 'remindedAt';

/** Stored announcements. Every change is conditional, so two admins or instances cannot both make it. */
export interface AnnouncementRepository {
  create(announcement: Announcement): Promise<void>;
  get(id: string): Promise<Announcement | undefined>;
  /** Newest first. */
  list(): Promise<Announcement[]>;
  /**
   * Replaces what an admin decides, while the announcement is a draft or scheduled and its revision is still
   * `revision`; raises the revision by one.
   */
  saveDraft(id: string, revision: number, draft: AnnouncementDraft, at: Date): Promise<boolean>;
  /** Replaces the content only, while it is sent or stopped and its revision is still `revision`; raises it. */
  saveContent(id: string, revision: number, content: AnnouncementContent, at: Date): Promise<boolean>;
  /**
   * Moves the status from one of `from` to `to`, with the times that go with it.
   * @returns false when the status was not one of `from` (someone else moved it first)
   */
  transition(
    id: string,
    from: readonly AnnouncementStatus[],
    to: AnnouncementStatus,
    at: Date,
    times?: { sendAt?: Date; sentAt?: Date; finishedAt?: Date; cancelledAt?: Date; retractedAt?: Date },
  ): Promise<boolean>;
  /** Records a moment unless it was recorded before; false then. */
  mark(id: string, moment: AnnouncementMoment, at: Date): Promise<boolean>;
  /** Scheduled announcements whose time has come. */
  dueScheduled(now: Date): Promise<Announcement[]>;
  inStatus(statuses: readonly AnnouncementStatus[]): Promise<Announcement[]>;
  /** Deletes the announcement with its recipients and acknowledgements (not its audit log). */
  remove(id: string): Promise<boolean>;
}

/** One recipient of an announcement: a person (a 1:1 message) or a team's channel (one post). */
export interface RecipientRow {
  /** `person:<Entra id>` or `conversation:<id>`. */
  recipientKey: string;
  /** The idempotency key of the recipient's message in the outbox. */
  outboxKey: string;
  kind: 'person' | 'channel';
  aadObjectId?: string;
  conversationId?: string;
  /** The person's or team's name as the directory knew it at sending: only for the admins' report. */
  name?: string;
  lang: Lang;
}

/** One line of the report: a recipient with how delivery went, or someone who acknowledged a channel post. */
export interface ReportEntry {
  kind: 'person' | 'channel' | 'reader';
  name?: string;
  aadObjectId?: string;
  status?: OutboxStatus;
  sentAt?: Date;
  /** The outbox's last error of a failed message, such as `http-403: recipient gone`. */
  lastError?: string;
  acknowledgedAt?: Date;
}

/** Who an announcement went to and who acknowledged it. */
export interface RecipientRepository {
  /** Adds recipients; one already there is left as it is. Returns how many were new. */
  add(announcementId: string, rows: readonly RecipientRow[]): Promise<number>;
  list(announcementId: string): Promise<RecipientRow[]>;
  /**
   * Records that a person acknowledged, once: a second press keeps the first time.
   * @returns the time on record, and whether this press was the first
   */
  acknowledge(
    announcementId: string,
    person: { aadObjectId: string; name?: string },
    at: Date,
  ): Promise<{ acknowledgedAt: Date; first: boolean }>;
  /** Entra object id → when that person acknowledged. */
  acknowledgements(announcementId: string): Promise<Map<string, Date>>;
  acknowledgedCount(announcementId: string): Promise<number>;
  /** People whose message was delivered and who have not acknowledged. */
  awaitingAcknowledgement(announcementId: string): Promise<RecipientRow[]>;
  /** Every recipient with the outcome of their message, then readers of channel posts who acknowledged. */
  report(announcementId: string): Promise<ReportEntry[]>;
}

/** What is written down of an admin's or the scheduler's action. */
export const AUDIT_ACTIONS = [
  'created',
  'edited',
  'scheduled',
  'sent',
  'cancelled',
  'retracted',
  'deleted',
  'reminded',
  'previewed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit log: who did what to which announcement, when. Counts only, never the text. */
export interface AuditEntry {
  announcementId: string;
  /** The title at the time, so the line still says what it was about after the announcement is deleted. */
  title: string;
  action: AuditAction;
  actorId: string;
  actorName?: string;
  at: Date;
  detail?: Record<string, string | number>;
}

/** The audit log of announcements; it outlives the announcements themselves. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first; of one announcement, or of all. */
  list(options?: { announcementId?: string; limit?: number }): Promise<AuditEntry[]>;
}
