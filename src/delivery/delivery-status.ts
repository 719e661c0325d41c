import type { OutboxRepository, OutboxStatus } from './outbox';

/** How the messages of one purpose (an announcement, a reminder run) are getting on. */
export interface DeliveryStatus {
  purpose: string;
  counts: Record<OutboxStatus, number>;
  total: number;
  /** Pending or being sent. */
  remaining: number;
  /** Messages sent per second over the last minute (or since the first send, if later). */
  ratePerSecond: number;
  /** Seconds until the remaining messages are sent, at the measured rate or else the configured one. */
  estimatedSecondsLeft: number;
  /** `measured` when the estimate rests on recent sends; `configured` when nothing was sent lately. */
  estimateBasis: 'measured' | 'configured';
  firstSentAt?: Date;
  lastSentAt?: Date;
  /** Failed messages by their last error (such as `http-403: recipient gone`). */
  failures: Record<string, number>;
}

const RATE_WINDOW_MS = 60_000;

/**
 * Reads a purpose's counts and works out its rate and time left.
 * @param configuredRate what the engine aims for, used when there is no recent rate to go by
 * @remarks The estimate ignores other purposes queued ahead: it is "at the current pace", not a promise.
 */
export async function purposeStatus(
  outbox: OutboxRepository,
  purpose: string,
  now: Date,
  configuredRate: number,
): Promise<DeliveryStatus> {
  const since = new Date(now.getTime() - RATE_WINDOW_MS);
  const { counts, sentSince, firstSentAt, lastSentAt, failures } = await outbox.purposeCounts(purpose, since);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const remaining = counts.pending + counts.sending;
  const windowStart = Math.max(since.getTime(), firstSentAt?.getTime() ?? now.getTime());
  const windowSeconds = Math.max(1, (now.getTime() - windowStart) / 1000);
  const ratePerSecond = sentSince / windowSeconds;
  const measured = ratePerSecond > 0;
  const pace = measured ? ratePerSecond : configuredRate;
  return {
    purpose,
    counts,
    total,
    remaining,
    ratePerSecond,
    estimatedSecondsLeft: remaining === 0 ? 0 : remaining / pace,
    estimateBasis: measured ? 'measured' : 'configured',
    firstSentAt,
    lastSentAt,
    failures,
  };
}
