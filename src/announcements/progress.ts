import type { AnnouncementStatus } from './announcement';
import { mustGet, type AnnouncementDeps } from './announcement-deps';
import { updateAuthorCard } from './author-card';
import { failuresByReason, type FailureReason } from './failure-reasons';
import { purposes } from './purposes';

/** How an announcement is getting on: what the Beheer tab shows while sending and after. */
export interface AnnouncementProgress {
  id: string;
  status: AnnouncementStatus;
  counts: {
    total: number;
    /** Waiting or being sent. */
    pending: number;
    sent: number;
    failed: number;
    /** Stopped before they were sent. */
    cancelled: number;
    acknowledged: number;
  };
  /** Messages per second over the last minute. */
  ratePerSecond: number;
  /** At that rate (or the configured one, when nothing was sent lately). */
  secondsLeft: number;
  failures: { reason: FailureReason; count: number }[];
}

/**
 * Reads an announcement's progress from the outbox, and records that sending ended once nothing is left.
 * @remarks "Ended" is recorded by whoever sees it first (this read or the scheduled job); the conditional status
 * change lets exactly one of them update the author's card.
 */
export async function announcementProgress(
  deps: AnnouncementDeps,
  id: string,
): Promise<AnnouncementProgress> {
  const a = await mustGet(deps, id);
  const status = await deps.delivery.status(purposes.message(id));
  let current = a.status;
  if (a.status === 'sending' && a.enqueuedAt && status.remaining === 0 && (await settle(deps, id)))
    current = 'sent';
  return {
    id,
    status: current,
    counts: {
      total: status.total,
      pending: status.remaining,
      sent: status.counts.sent,
      failed: status.counts.failed,
      cancelled: status.counts.cancelled,
      acknowledged: await deps.recipients.acknowledgedCount(id),
    },
    ratePerSecond: Math.round(status.ratePerSecond * 10) / 10,
    secondsLeft: Math.ceil(status.estimatedSecondsLeft),
    failures: failuresByReason(status.failures),
  };
}

/**
 * Marks a sending announcement sent once every message is delivered or given up on, and updates the author's card.
 * @returns true when this call recorded it
 */
export async function settle(deps: AnnouncementDeps, id: string): Promise<boolean> {
  const a = await mustGet(deps, id);
  if (a.status !== 'sending' || !a.enqueuedAt) return false;
  if ((await deps.delivery.status(purposes.message(id))).remaining > 0) return false;
  const now = deps.now();
  if (!(await deps.announcements.transition(id, ['sending'], 'sent', now, { finishedAt: now }))) return false;
  await updateAuthorCard(deps, a, 'sent');
  deps.logger.info({ event: 'announcement-finished', announcementId: id }, 'announcement sent');
  return true;
}
