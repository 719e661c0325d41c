import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { Metrics } from '../metrics';

/** Who may read `/metrics`: anyone (`token` undefined) or a caller with `Authorization: Bearer <token>`. */
export type MetricsGate = { token?: string };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether an `Authorization` header carries the token; compared in constant time. */
export function metricsAllowed(gate: MetricsGate, authorization: string | undefined): boolean {
  if (!gate.token) return true;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(gate.token));
}

/** The metrics in Prometheus' text format, or a refusal: status, headers and body. */
export async function metricsResponse(
  metrics: Metrics,
  gate: MetricsGate,
  authorization: string | undefined,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  if (!metricsAllowed(gate, authorization)) {
    return {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' },
      body: 'A bearer token is needed for /metrics.\n',
    };
  }
  return {
    status: 200,
    headers: { 'content-type': metrics.registry.contentType },
    body: await metrics.registry.metrics(),
  };
}

/**
 * `/metrics` on a listener of its own (METRICS_PORT), loopback by default: the main port then does not serve it.
 * Any other path is 404.
 */
export function createMetricsServer(metrics: Metrics, gate: MetricsGate): HttpServer {
  return createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    // restify replaces ServerResponse's writeHead with one that returns nothing: no chaining here.
    const answer = (status: number, headers: Record<string, string>, body: string) => {
      res.writeHead(status, headers);
      res.end(body);
    };
    if (req.method !== 'GET' || path !== '/metrics') {
      answer(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found.\n');
      return;
    }
    metricsResponse(metrics, gate, req.headers.authorization).then(
      (a) => answer(a.status, a.headers, a.body),
      () => answer(500, {}, ''),
    );
  });
}
