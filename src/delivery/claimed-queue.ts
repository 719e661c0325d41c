import { failWithoutRequest, type AttemptDeps } from './attempt-delivery';
import { conversationKey, type OutboxItem } from './outbox';
import { planDelivery, type DeliveryPlan, type PersonalChatDefaults } from './plan-delivery';
import type { WindowLimiter } from './window-limiter';

/** A claimed message and, once looked up, where it goes. */
export interface Claimed {
  item: OutboxItem;
  plan?: Exclude<DeliveryPlan, { kind: 'fail' }>;
}

/**
 * The messages this instance holds under lease and has not started yet, in claim order.
 * @remarks Messages of one conversation share their readiness, and a conversation with a request in flight
 * waits for its answer, so taking the first ready entry keeps each conversation's messages in order while
 * other conversations pass a conversation that must wait.
 */
export class ClaimedQueue {
  private entries: Claimed[] = [];

  /**
   * @param leaseRoom whether a request started at `startMs` still finishes well within the item's lease
   * @param busy whether a conversation has a request in flight
   */
  constructor(
    private readonly limiter: WindowLimiter,
    private readonly leaseRoom: (item: OutboxItem, startMs: number) => boolean,
    private readonly busy: (key: string) => boolean,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  push(entries: readonly Claimed[]): void {
    this.entries.push(...entries);
  }

  /** Puts an entry back in front: it was taken but not started. */
  unshift(entry: Claimed): void {
    this.entries.unshift(entry);
  }

  /** Empties the queue and returns what it held. */
  drain(): Claimed[] {
    return this.entries.splice(0);
  }

  /**
   * Removes and returns the first entry whose conversation may send at `nowMs`, and removes the entries that
   * could not start within their lease (their conversation is held back too long), with their ready time.
   */
  take(nowMs: number): { next?: Claimed; expired: { entry: Claimed; readyAt: number }[] } {
    const expired: { entry: Claimed; readyAt: number }[] = [];
    let next: Claimed | undefined;
    for (const entry of this.entries) {
      const key = conversationKey(entry.item);
      if (this.busy(key)) continue;
      const readyAt = this.limiter.readyAt(key, nowMs);
      if (!this.leaseRoom(entry.item, readyAt)) {
        expired.push({ entry, readyAt });
      } else if (readyAt <= nowMs) {
        next = entry;
        break;
      }
    }
    if (next || expired.length > 0) {
      const taken = new Set<Claimed | undefined>([next, ...expired.map((e) => e.entry)]);
      this.entries = this.entries.filter((entry) => !taken.has(entry));
    }
    return { next, expired };
  }

  /**
   * The earliest time (ms) a queued entry may send, or `latest` when that is sooner. Entries of busy
   * conversations do not count: the answer that frees them wakes the loop.
   */
  earliestReady(nowMs: number, latest: number): number {
    let earliest = latest;
    for (const { item } of this.entries) {
      const key = conversationKey(item);
      if (!this.busy(key)) earliest = Math.min(earliest, this.limiter.readyAt(key, nowMs));
    }
    return earliest;
  }
}

/**
 * Looks the recipients of claimed messages up, and fails the unreachable ones at once, without a send slot.
 * @remarks Done when a batch is claimed, so that no database read stands between a send slot and its request.
 */
export async function planClaimed(
  items: readonly OutboxItem[],
  deps: AttemptDeps & { personalChat: PersonalChatDefaults },
): Promise<Claimed[]> {
  const planned = await Promise.all(
    items.map(async (item) => ({
      item,
      plan: await planDelivery(item, deps.installations, deps.personalChat),
    })),
  );
  const ready: Claimed[] = [];
  for (const { item, plan } of planned) {
    if (plan.kind === 'fail') await failWithoutRequest(item, plan.code, deps);
    else ready.push({ item, plan });
  }
  return ready;
}
