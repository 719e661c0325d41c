import type { BotAdapter } from '../bot/adapter';
import restify from 'restify';
import type { Bot } from '../bot/create-bot';
import type { Storage } from '../storage/database';
import type { Logger } from '../logging';
import type { Metrics } from '../metrics';
import { botRoute } from '../bot/messages-route';
import { InFlight } from './in-flight';
import { registerStaticPages } from './static-pages';

/** Requests larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDependencies {
  adapter: BotAdapter;
  bot: Bot;
  storage: Storage;
  logger: Logger;
  metrics: Metrics;
}

/** The HTTP face of Voordeur: the bot endpoint, health, readiness and metrics. */
export function createServer(deps: ServerDependencies): { server: restify.Server; inFlight: InFlight } {
  const { adapter, bot, storage, logger, metrics } = deps;
  const server = restify.createServer({ name: 'voordeur', handleUncaughtExceptions: false });
  const inFlight = new InFlight();

  server.use(
    restify.plugins.bodyParser({
      maxBodySize: MAX_BODY_BYTES,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: false,
    }),
  );
  server.on('after', (req: restify.Request, res: restify.Response) => {
    metrics.httpRequests.inc({
      route: req.getRoute()?.path?.toString() ?? 'unknown',
      status: String(res.statusCode),
    });
  });

  adapter.onTurnError = (context, error) => bot.onTurnError(context, error);

  server.post('/api/messages', botRoute({ adapter, bot, logger, metrics, inFlight }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await storage.isReady();
    res.send(ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      database: ready ? 'ok' : 'unavailable',
    });
  });

  server.get('/metrics', async (_req, res) => {
    const body = await metrics.registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.sendRaw(200, body);
  });

  registerStaticPages(server);

  return { server, inFlight };
}
