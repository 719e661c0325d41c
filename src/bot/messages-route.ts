import type { Activity } from 'botbuilder';
import type { BotAdapter } from './adapter';
import type { Request, Response } from 'restify';
import type { Bot } from './create-bot';
import { routeOf } from './route-name';
import type { Logger } from '../logging';
import { clip, errorFields } from '../logging';
import type { Metrics } from '../metrics';
import { parseActivityBody } from './activity-body';
import type { IncomingActivity } from './activity-schema';
import { BotRequestRefused, KEY_SOURCE_RETRY_AFTER_SECONDS, KeySourceUnavailable } from './bot-auth-errors';

export interface BotRouteDependencies {
  adapter: BotAdapter;
  bot: Bot;
  logger: Logger;
  metrics: Metrics;
}

/**
 * `POST /api/messages`: validates the body, authenticates the request, runs the bot, logs one line.
 * @remarks botbuilder's own `CloudAdapter.process` answers a forged or malformed token with 500 and writes it
 * to the console; calling `processActivity` here turns every token failure into 401 before any handler runs,
 * and keys that cannot be fetched into 503: the token may be fine, so the sender should try again.
 */
export function messagesRoute(deps: BotRouteDependencies) {
  const { adapter, bot, logger } = deps;
  adapter.onTurnError = (context, error) => bot.onTurnError(context, error);
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = parseActivityBody(req.body);
    if (!parsed.ok) {
      res.send(400, { code: 'BadActivity', message: parsed.reason });
      return;
    }
    const activity = parsed.activity;
    const started = process.hrtime.bigint();
    let route = 'none';
    // Why authentication failed, if it did: the turn's one log line says so.
    let auth: string | undefined;
    try {
      const authorization = req.header('authorization') ?? '';
      const invokeResponse = await adapter.authenticateAndRun(
        authorization,
        toBotActivity(activity),
        async (context) => {
          await bot.run(context);
          route = routeOf(context);
        },
      );
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      if (error instanceof BotRequestRefused) {
        auth = error.reason;
        res.setHeader('www-authenticate', 'Bearer');
        res.send(401, { code: 'Unauthorized', message: 'a valid Bot Framework token is required' });
      } else if (error instanceof KeySourceUnavailable) {
        auth = 'keys-unavailable';
        res.setHeader('retry-after', String(KEY_SOURCE_RETRY_AFTER_SECONDS));
        res.send(503, {
          code: 'Unavailable',
          message: 'the token cannot be checked right now; try again shortly',
        });
      } else {
        logger.error(
          { event: 'turn-crashed', activityId: clip(activity.id), ...errorFields(error) },
          'turn crashed',
        );
        res.send(500, { code: 'Internal', message: 'the activity could not be processed' });
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      logTurn(deps, activity, { route, auth, status: res.statusCode, seconds });
    }
  };
}

/** botbuilder expects Date objects where the wire has ISO strings. */
function toBotActivity(activity: IncomingActivity): Activity {
  const result = { ...activity } as Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration']) {
    const value = result[field];
    if (typeof value === 'string') {
      const date = new Date(value);
      result[field] = Number.isNaN(date.getTime()) ? undefined : date;
    }
  }
  return result as unknown as Activity;
}

/**
 * Counts the turn and writes its one log line: ids cut to a fixed length, never what was typed.
 * @remarks A refused request gets this line too, with `auth` saying why, and nothing else: the line is the
 * only thing an unauthenticated caller can make the service write.
 */
function logTurn(
  { logger, metrics }: BotRouteDependencies,
  activity: IncomingActivity,
  turn: { route: string; auth?: string; status: number; seconds: number },
): void {
  const { route, auth, status, seconds } = turn;
  metrics.turns.inc({ type: activity.type, route, outcome: String(status) });
  metrics.turnDuration.observe({ type: activity.type }, seconds);
  const line = {
    event: 'turn',
    activityId: clip(activity.id),
    activityType: clip(activity.type),
    channelId: clip(activity.channelId),
    conversationId: clip(activity.conversation.id),
    userId: clip(activity.from?.id),
    route,
    ...(auth ? { auth } : {}),
    status,
    durationMs: Math.round(seconds * 1e4) / 10,
  };
  if (auth) logger.warn(line, 'refused');
  else logger.info(line, 'turn');
}
