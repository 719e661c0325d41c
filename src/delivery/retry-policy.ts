import type { SendOutcome } from './message-sender';

/** What to do after a failed request to Teams. */
export type FailureDecision =
  | { action: 'retry'; code: string; delayMs: number; throttled: boolean }
  | { action: 'gone'; code: string }
  | { action: 'fail'; code: string };

export interface BackoffSettings {
  /** The first retry's delay before jitter. */
  baseMs: number;
  /** No retry waits longer than this (unless Teams' Retry-After asks for more). */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { baseMs: 1000, maxMs: 300_000 };

/** Statuses worth another try: throttling, a precondition race, an unhealthy gateway or service. */
const TRANSIENT = new Set([401, 408, 412, 429, 500, 502, 503, 504]);
/** The conversation cannot be reached any more: 403 blocked or removed, 404 gone. */
const GONE = new Set([403, 404]);

/** A short, loggable code for a failure: `http-429`, `timeout`, `network`. */
export function failureCode(outcome: Extract<SendOutcome, { ok: false }>): string {
  return outcome.kind === 'http' ? `http-${outcome.status ?? 'unknown'}` : outcome.kind;
}

/**
 * Exponential backoff with "equal jitter": half the exponential delay, plus a random part of the other half.
 * @param attempt 1 for the first retry
 */
export function backoffDelay(attempt: number, settings: BackoffSettings, random: () => number): number {
  const exponential = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Decides what a failed request means for its message.
 * @param attempt how many attempts the message has had, this one included
 * @remarks 429, 412, 5xx, timeouts and network errors are retried with backoff, never sooner than Teams'
 * `Retry-After`; 403 and 404 mean the conversation is gone; 400, 413 and any other status fail at once.
 */
export function decideFailure(
  outcome: Extract<SendOutcome, { ok: false }>,
  attempt: number,
  settings: BackoffSettings,
  random: () => number,
): FailureDecision {
  const code = failureCode(outcome);
  const status = outcome.status;
  if (outcome.kind === 'http' && status !== undefined && GONE.has(status)) return { action: 'gone', code };
  if (outcome.kind === 'http' && (status === undefined || !TRANSIENT.has(status)))
    return { action: 'fail', code };
  const backoff = backoffDelay(attempt, settings, random);
  // A little jitter on top of Retry-After keeps every throttled message from coming back in the same instant.
  const retryAfter = outcome.retryAfterMs === undefined ? 0 : outcome.retryAfterMs + random() * 250;
  return {
    action: 'retry',
    code,
    delayMs: Math.round(Math.max(backoff, retryAfter)),
    throttled: status === 429,
  };
}
