import { DEFAULT_BACKOFF, type BackoffSettings } from './retry-policy';
import { TEAMS_CONVERSATION_LIMITS, type WindowLimit } from './window-limiter';

/** How the delivery engine paces, retries and leases. */
export interface DeliverySettings {
  /** The app's limit per tenant (SEND_RATE_PER_SECOND; Teams allows 50). */
  ratePerSecond: number;
  /**
   * The share of {@link ratePerSecond} actually used. Slightly below 1, because requests reach Teams with
   * some jitter and Teams counts per sliding window. At 0.98, sends at most one interval late (see the engine)
   * still put at most the limit into any one-second window.
   */
  headroom: number;
  /** Attempts before a message with transient failures is given up on. */
  maxAttempts: number;
  backoff: BackoffSettings;
  /** How long a claim holds messages before another instance may take them over. */
  leaseMs: number;
  /** The sender's own request timeout: no message is started unless it can finish well within its lease. */
  sendTimeoutMs: number;
  /** Requests to Teams awaiting an answer, at most. */
  maxInFlight: number;
  /** How often an idle instance looks for due messages (enqueues in this process wake it at once). */
  pollMs: number;
  conversationLimits: readonly WindowLimit[];
  /** Added to every conversation window, against network jitter. */
  conversationMarginMs: number;
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  ratePerSecond: 50,
  headroom: 0.98,
  maxAttempts: 10,
  backoff: DEFAULT_BACKOFF,
  leaseMs: 60_000,
  sendTimeoutMs: 15_000,
  maxInFlight: 100,
  pollMs: 1000,
  conversationLimits: TEAMS_CONVERSATION_LIMITS,
  conversationMarginMs: 250,
};

/** Fills in defaults and refuses settings that cannot work together. */
export function resolveSettings(partial: Partial<DeliverySettings> = {}): DeliverySettings {
  const settings = { ...DEFAULT_DELIVERY_SETTINGS, ...partial };
  const problems: string[] = [];
  if (!(settings.ratePerSecond > 0)) problems.push('ratePerSecond must be positive');
  if (!(settings.headroom > 0 && settings.headroom <= 1)) problems.push('headroom must be in (0, 1]');
  if (!(settings.maxAttempts >= 1)) problems.push('maxAttempts must be at least 1');
  if (!(settings.maxInFlight >= 1)) problems.push('maxInFlight must be at least 1');
  if (settings.leaseMs < settings.sendTimeoutMs * 2)
    problems.push('leaseMs must be at least twice sendTimeoutMs');
  if (problems.length > 0) throw new Error(`invalid delivery settings: ${problems.join('; ')}`);
  return settings;
}

/** Time kept free at the end of a lease, so that recording an outcome never races a takeover. */
export function leaseSafetyMs(settings: DeliverySettings): number {
  return Math.min(5000, settings.leaseMs / 4);
}

/** How many messages one claim takes: about two seconds of sending, and never more than a lease can carry. */
export function claimSize(settings: DeliverySettings): number {
  const usableMs = settings.leaseMs - settings.sendTimeoutMs - leaseSafetyMs(settings);
  const seconds = Math.min(2, usableMs / 2000);
  return Math.max(10, Math.min(1000, Math.ceil(settings.ratePerSecond * settings.headroom * seconds)));
}
