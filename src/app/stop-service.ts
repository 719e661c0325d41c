import type { Server } from 'restify';
import { errorFields, type Logger } from '../logging';
import type { InFlight } from '../server/in-flight';

/** A running Voordeur service. */
export interface RunningService {
  /** The base URL it listens on, such as http://127.0.0.1:3978. */
  readonly url: string;
  /** Where `/metrics` is served when it has a listener of its own (METRICS_PORT). */
  readonly metricsUrl?: string;
  /** Stops accepting requests, finishes turns in flight, stops the background work, closes the database. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The running service's stop: first the HTTP server (turns in flight may finish within `graceMs`), then each
 * of `parts` in order. A part that fails is logged and the rest still stop. Calling stop twice stops once.
 */
export function stopService(props: {
  url: string;
  metricsUrl?: string;
  server: Server;
  inFlight: InFlight;
  logger: Logger;
  parts: readonly (() => Promise<unknown>)[];
}): RunningService {
  const { server, inFlight, logger } = props;
  let stopping: Promise<void> | undefined;
  return {
    url: props.url,
    metricsUrl: props.metricsUrl,
    stop({ graceMs = 10_000 } = {}) {
      stopping ??= (async () => {
        logger.info({ event: 'stopping', inFlight: inFlight.size }, 'stopping');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive connections close as soon as they are idle, including those whose response was only just
        // handed to the socket: destroying them at once could cut a finished turn's answer off.
        const closeIdle = setInterval(() => server.server.closeIdleConnections(), 25);
        server.server.closeIdleConnections();
        await Promise.race([inFlight.drained(), delay(graceMs)]);
        await Promise.race([closed, delay(1000)]);
        clearInterval(closeIdle);
        server.server.closeAllConnections();
        await closed;
        for (const [index, stop] of props.parts.entries()) {
          await stop().catch((error: unknown) =>
            logger.warn(
              { event: 'stop-failed', part: index, ...errorFields(error) },
              'could not stop cleanly',
            ),
          );
        }
        logger.info({ event: 'stopped' }, 'stopped');
      })();
      return stopping;
    },
  };
}
