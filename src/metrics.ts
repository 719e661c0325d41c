import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one process, served at /metrics. */
export interface Metrics {
  readonly registry: Registry;
  readonly turns: Counter<'type' | 'route' | 'outcome'>;
  readonly turnDuration: Histogram<'type'>;
  readonly httpRequests: Counter<'route' | 'status'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'voordeur_' });
  return {
    registry,
    turns: new Counter({
      name: 'voordeur_bot_turns_total',
      help: 'Bot turns by activity type, route and outcome',
      labelNames: ['type', 'route', 'outcome'],
      registers: [registry],
    }),
    turnDuration: new Histogram({
      name: 'voordeur_bot_turn_duration_seconds',
      help: 'Time to handle one incoming activity',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: 'voordeur_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
  };
}
