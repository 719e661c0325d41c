import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { QueueStats } from './outbox';

/** What the engine reports as it works; the Prometheus metrics implement it. */
export interface DeliveryObserver {
  sent(purpose: string, enqueueToSendMs: number): void;
  /** A request failed and its message will be tried again; `throttled` for Teams' 429. */
  retried(code: string, throttled: boolean): void;
  failed(code: string): void;
}

/** An observer that does nothing. */
export const SILENT_OBSERVER: DeliveryObserver = {
  sent: () => undefined,
  retried: () => undefined,
  failed: () => undefined,
};

/**
 * Registers the delivery metrics in `registry` and returns the observer that feeds them.
 * @param queueStats read when Prometheus scrapes: the queue depth and oldest pending age are the shared
 * outbox's, the same from every instance
 * @remarks Labels are failure codes (`http-429`, `timeout`, …), a short fixed set: never ids or purposes.
 */
export function createDeliveryMetrics(
  registry: Registry,
  queueStats: () => Promise<QueueStats>,
  now: () => Date,
): DeliveryObserver {
  const stats = cached(queueStats, 1000);
  const sent = new Counter({
    name: 'voordeur_delivery_sent_total',
    help: 'Proactive messages sent',
    registers: [registry],
  });
  const failed = new Counter({
    name: 'voordeur_delivery_failed_total',
    help: 'Proactive messages given up on, by failure code',
    labelNames: ['code'],
    registers: [registry],
  });
  const retried = new Counter({
    name: 'voordeur_delivery_retries_total',
    help: 'Failed requests to Teams that will be tried again, by failure code',
    labelNames: ['code'],
    registers: [registry],
  });
  const throttled = new Counter({
    name: 'voordeur_delivery_throttled_total',
    help: 'Requests Teams answered with 429',
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'voordeur_delivery_enqueue_to_send_seconds',
    help: 'Time from putting a message in the outbox to Teams accepting it',
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [registry],
  });
  new Gauge({
    name: 'voordeur_delivery_queue_depth',
    help: 'Messages pending or being sent',
    registers: [registry],
    async collect() {
      this.set((await stats()).depth);
    },
  });
  new Gauge({
    name: 'voordeur_delivery_oldest_pending_age_seconds',
    help: 'Age of the oldest message not yet sent (0 when none)',
    registers: [registry],
    async collect() {
      const oldest = (await stats()).oldestPendingCreatedAt;
      this.set(oldest ? Math.max(0, (now().getTime() - oldest.getTime()) / 1000) : 0);
    },
  });
  return {
    sent(_purpose, enqueueToSendMs) {
      sent.inc();
      latency.observe(enqueueToSendMs / 1000);
    },
    retried(code, wasThrottled) {
      retried.inc({ code });
      if (wasThrottled) throttled.inc();
    },
    failed(code) {
      failed.inc({ code });
    },
  };
}

/** One query serves both gauges of a scrape. */
function cached<T>(read: () => Promise<T>, maxAgeMs: number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = Date.now();
    if (!last || at - last.at > maxAgeMs) {
      const value = read();
      last = { at, value };
      value.catch(() => (last = undefined));
    }
    return last.value;
  };
}
