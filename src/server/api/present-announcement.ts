import type { Announcement, AnnouncementProgress, AuditEntry, ReportRow } from '../../announcements';
import type {
  AnnouncementDetail,
  AnnouncementSummary,
  AuditList,
  RecipientList,
  SendResult,
} from '../../contracts';

const iso = (at?: Date) => at?.toISOString();

/** One line of the announcements list. */
export function presentSummary(a: Announcement): AnnouncementSummary {
  return {
    id: a.id,
    status: a.status,
    revision: a.revision,
    title: a.title,
    audienceKind: a.audience.kind,
    acknowledge: a.acknowledge,
    authorName: a.authorName,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    sendAt: iso(a.sendAt),
    sentAt: iso(a.sentAt),
  };
}

/** An announcement with its progress; the status is the progress's, which may just have become `sent`. */
export function presentDetail(a: Announcement, progress: AnnouncementProgress): AnnouncementDetail {
  return {
    id: a.id,
    status: progress.status,
    revision: a.revision,
    title: a.title,
    body: a.body,
    imageUrl: a.imageUrl,
    buttons: a.buttons,
    audience: a.audience,
    acknowledge: a.acknowledge,
    reminderAfterDays: a.reminderAfterDays,
    authorId: a.authorId,
    authorName: a.authorName,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    sendAt: iso(a.sendAt),
    sentAt: iso(a.sentAt),
    finishedAt: iso(a.finishedAt),
    cancelledAt: iso(a.cancelledAt),
    retractedAt: iso(a.retractedAt),
    retractDoneAt: iso(a.retractDoneAt),
    remindedAt: iso(a.remindedAt),
    counts: progress.counts,
    ratePerSecond: progress.ratePerSecond,
    secondsLeft: progress.secondsLeft,
    failures: progress.failures,
  };
}

/** What a send came to: sending now, or scheduled, with the audience's counts. */
export function presentSendResult(result: Omit<SendResult, 'sendAt'> & { sendAt?: Date }): SendResult {
  return { ...result, sendAt: iso(result.sendAt) };
}

/** The audit lines, newest first. */
export function presentAudit(entries: readonly AuditEntry[]): AuditList {
  return {
    entries: entries.map((e) => ({
      action: e.action,
      title: e.title,
      actorId: e.actorId,
      actorName: e.actorName,
      at: e.at.toISOString(),
      detail: e.detail,
    })),
  };
}

/** The report per recipient. */
export function presentRecipients(rows: readonly ReportRow[]): RecipientList {
  return {
    recipients: rows.map((r) => ({
      name: r.name,
      kind: r.kind,
      status: r.status,
      sentAt: iso(r.sentAt),
      acknowledgedAt: iso(r.acknowledgedAt),
      failure: r.failure,
    })),
  };
}
