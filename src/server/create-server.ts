import type { CloudAdapter } from 'botbuilder';
import restify from 'restify';
import type { Bot } from '../bot/create-bot';
import { routeOf } from '../bot/route-name';
import type { Storage } from '../storage/database';
import type { Logger } from '../logging';
import { errorFields } from '../logging';
import type { Metrics } from '../metrics';
import { parseActivityBody } from './activity-body';
import { InFlight } from './in-flight';

/** Requests larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDependencies {
  adapter: CloudAdapter;
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
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: false }),
  );
  server.on('after', (req: restify.Request, res: restify.Response) => {
    metrics.httpRequests.inc({ route: req.getRoute()?.path?.toString() ?? 'unknown', status: String(res.statusCode) });
  });

  adapter.onTurnError = (context, error) => bot.onTurnError(context, error);

  server.post('/api/messages', async (req, res) => {
    const parsed = parseActivityBody(req.body);
    if (!parsed.ok) {
      res.send(400, { code: 'BadActivity', message: parsed.reason });
      return;
    }
    const activity = parsed.activity;
    const started = process.hrtime.bigint();
    let route = 'none';
    const done = inFlight.begin();
    try {
      await adapter.process(req, res, async (context) => {
        await bot.run(context);
        route = routeOf(context);
      });
    } catch (error) {
      logger.error({ event: 'turn-crashed', activityId: activity.id, ...errorFields(error) }, 'turn crashed');
      if (!res.headersSent) res.send(500, { code: 'Internal', message: 'the activity could not be processed' });
    } finally {
      done();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.turns.inc({ type: activity.type, route, outcome: String(res.statusCode) });
      metrics.turnDuration.observe({ type: activity.type }, seconds);
      logger.info(
        {
          event: 'turn',
          activityId: activity.id,
          activityType: activity.type,
          channelId: activity.channelId,
          conversationId: activity.conversation.id,
          userId: activity.from?.id,
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1e4) / 10,
        },
        'turn',
      );
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await storage.isReady();
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', database: ready ? 'ok' : 'unavailable' });
  });

  server.get('/metrics', async (_req, res) => {
    const body = await metrics.registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.sendRaw(200, body);
  });

  return { server, inFlight };
}
