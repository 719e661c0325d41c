import { errorFields } from '../logging';
import { attemptDelivery, type AttemptDeps } from './attempt-delivery';
import { claimSize, leaseSafetyMs } from './delivery-settings';
import { BurstLog } from '../burst-log';
import { DueTimes, LoopTimers } from './loop-timers';
import { ClaimedQueue, planClaimed, type Claimed } from './claimed-queue';
import { conversationKey, type OutboxItem } from './outbox';
import type { PersonalChatDefaults } from './plan-delivery';
import type { SendBudget } from './send-budget';
import { TenantPacer } from './tenant-pacer';

/** How often conversations that have gone quiet are forgotten by the per-conversation limiter. */
const PRUNE_EVERY_MS = 60_000;

/** What the engine needs besides what one attempt needs. */
export interface EngineDeps extends AttemptDeps {
  budget: SendBudget;
  personalChat: PersonalChatDefaults;
}

/**
 * The sender loop of one instance: claims due messages under a lease, paces them through the shared tenant
 * budget and the per-conversation limits, and hands each to {@link attemptDelivery}.
 * @remarks A claimed message is only started while its lease has room for the whole request (the sender's
 * timeout plus a safety margin); otherwise it is given back. That is what keeps two instances from ever
 * sending the same message at once, and lets a dead instance's messages be taken over when its lease ends.
 * Recipients are looked up when a batch is claimed, so that no database read stands between a send slot and
 * its request.
 */
export class DeliveryEngine {
  private readonly queue: ClaimedQueue;
  private readonly inFlight = new Set<Promise<void>>();
  /** Attempts in {@link inFlight} whose outcome waits for the database: nothing is claimed meanwhile. */
  private readonly waiting = new Set<Promise<void>>();
  /** Conversations with a request in flight: the next message to one waits for the answer, to keep order. */
  private readonly busy = new Set<string>();
  private readonly pacer: TenantPacer;
  private readonly timers: LoopTimers;
  /** A loop that fails (the database is down) fails at every poll: one line, then a count per minute. */
  private readonly loopErrors: BurstLog;
  /** When messages this instance rescheduled fall due: it claims then rather than at the next poll. */
  private readonly retries = new DueTimes();
  private stopping = false;
  private loop?: Promise<void>;
  private claimWanted = true;
  private lastClaimAt = 0;
  private lastPruneAt = 0;

  constructor(private readonly deps: EngineDeps) {
    const { settings } = deps;
    this.pacer = new TenantPacer(deps.budget, settings.ratePerSecond * settings.headroom, () => this.nowMs());
    this.timers = new LoopTimers(() => this.nowMs());
    this.loopErrors = new BurstLog(deps.logger, {
      event: 'delivery-loop-errors',
      message: 'the delivery loop kept failing',
    });
    this.queue = new ClaimedQueue(
      deps.limiter,
      (item, startMs) => this.hasLeaseRoom(item, startMs),
      (key) => this.busy.has(key),
    );
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Looks for due messages now rather than at the next poll. */
  wake(): void {
    this.claimWanted = true;
    this.timers.wake();
  }

  /** Stops claiming, waits for requests in flight and gives back the messages not started. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.timers.stop();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.giveBack(this.queue.drain(), this.deps.now());
  }

  /** Requests awaiting Teams' answer. */
  get sendsInFlight(): number {
    return this.inFlight.size;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.step();
      } catch (error) {
        this.loopErrors.report(
          { event: 'delivery-loop-error', ...errorFields(error) },
          'delivery loop failed',
        );
        await this.timers.idle(this.deps.settings.pollMs);
      }
    }
  }

  private async step(): Promise<void> {
    const { settings } = this.deps;
    await this.refill();
    const nowMs = this.nowMs();
    const { next, expired } = this.queue.take(nowMs);
    for (const { entry, readyAt } of expired) await this.giveBack([entry], new Date(readyAt));
    if (!next) {
      const wakeAt = Math.min(this.retries.next, this.queue.earliestReady(nowMs, nowMs + settings.pollMs));
      await this.timers.idle(Math.max(1, Math.min(settings.pollMs, wakeAt - nowMs)));
      return;
    }
    const plan = next.plan ?? (await planClaimed([next.item], this.deps))[0]?.plan;
    if (!plan) return;
    try {
      await this.awaitSlot();
    } catch (error) {
      // The budget could not be read (the database is away): the message waits here, not for its lease to end.
      this.queue.unshift({ item: next.item, plan });
      throw error;
    }
    if (this.stopping || !this.hasLeaseRoom(next.item, this.nowMs())) {
      this.queue.unshift({ item: next.item, plan });
      return;
    }
    this.dispatch(next.item, plan);
    while (this.inFlight.size >= settings.maxInFlight && !this.stopping) await Promise.race(this.inFlight);
  }

  private dispatch(item: OutboxItem, plan: NonNullable<Claimed['plan']>): void {
    const key = conversationKey(item);
    if (plan.kind === 'send') this.deps.limiter.record(key, this.nowMs());
    this.busy.add(key);
    const deps = { ...this.deps, waitToRecord: () => this.waitToRecord(attempt) };
    const attempt: Promise<void> = attemptDelivery(item, plan, deps)
      .then((result) => {
        // A personal chat was created: the message itself goes next, looked up again.
        if (result.kind === 'requeue') this.queue.unshift({ item });
        if (result.kind === 'retry') this.retries.add(result.at.getTime());
      })
      .catch((error: unknown) => {
        // The outcome could not be recorded: the message stays claimed and is retried when the lease ends.
        this.deps.logger.error(
          { event: 'delivery-record-error', outboxId: item.id, ...errorFields(error) },
          'failed',
        );
      })
      .finally(() => {
        this.waiting.delete(attempt);
        this.inFlight.delete(attempt);
        this.busy.delete(key);
        this.timers.wake();
      });
    this.inFlight.add(attempt);
  }

  /**
   * Lets an attempt whose outcome could not be written (the database is unavailable) try again after a poll
   * interval; false once the service stops.
   * @remarks Until every such outcome is written this instance claims nothing: after a long outage the message's
   * lease may have run out, and claiming it again would send it twice.
   */
  private async waitToRecord(attempt: Promise<void>): Promise<boolean> {
    this.waiting.add(attempt);
    if (this.stopping) return false;
    await this.timers.idle(this.deps.settings.pollMs);
    return !this.stopping;
  }

  /**
   * Waits for this instance's next send slot.
   * @remarks A slot that went by during a stall (more than one interval ago) is not used: sending late would
   * bunch this request with the next slot's. Bounding lateness to one interval is what keeps any one-second
   * window at or under the limit; a fresh reservation always starts now, so a stall cannot starve the loop.
   */
  private async awaitSlot(): Promise<void> {
    for (;;) {
      const slot = await this.pacer.take(this.queue.length + 1);
      await this.timers.waitUntil(slot);
      if (this.stopping || this.nowMs() - slot <= this.pacer.intervalMs) return;
    }
  }

  /** Claims more messages when the local queue runs low, and looks their recipients up. */
  private async refill(): Promise<void> {
    const { settings } = this.deps;
    const size = claimSize(settings);
    if (this.queue.length >= size / 2 || this.waiting.size > 0) return;
    const now = this.deps.now();
    if (now.getTime() - this.lastPruneAt > PRUNE_EVERY_MS) {
      this.deps.limiter.prune(now.getTime());
      this.lastPruneAt = now.getTime();
    }
    const retryDue = this.retries.takeDue(now.getTime());
    if (!this.claimWanted && !retryDue && now.getTime() - this.lastClaimAt < settings.pollMs) return;
    const wanted = size - this.queue.length;
    const claimed = await this.deps.outbox.claim(
      this.deps.owner,
      wanted,
      now,
      new Date(now.getTime() + settings.leaseMs),
    );
    this.lastClaimAt = now.getTime();
    // A full claim means more may be due: claim again as soon as the queue runs low.
    this.claimWanted = claimed.length === wanted;
    this.queue.push(await planClaimed(claimed, this.deps));
  }

  /** True when a request started at `startMs` ends, at the latest, well before the item's lease. */
  private hasLeaseRoom(item: OutboxItem, startMs: number): boolean {
    const { settings } = this.deps;
    const leaseEnd = item.leaseExpiresAt?.getTime() ?? 0;
    return startMs + settings.sendTimeoutMs + leaseSafetyMs(settings) <= leaseEnd;
  }

  private async giveBack(entries: readonly Claimed[], nextAttemptAt: Date): Promise<void> {
    if (entries.length === 0) return;
    const ids = entries.map(({ item }) => item.id);
    await this.deps.outbox.release(ids, this.deps.owner, nextAttemptAt, this.deps.now());
  }

  private nowMs(): number {
    return this.deps.now().getTime();
  }
}
