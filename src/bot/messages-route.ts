import type { Activity } from 'botbuilder';
import type { BotAdapter } from './adapter';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import type { Bot } from './create-bot';
import { routeOf } from './route-name';
import type { Logger } from '../logging';
import { errorFields } from '../logging';
import type { Metrics } from '../metrics';
import { parseActivityBody, type IncomingActivity } from './activity-body';

/** Errors of the JWT library botbuilder uses: a token that is malformed, badly signed, expired or early. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export interface BotRouteDependencies {
  adapter: BotAdapter;
  bot: Bot;
  logger: Logger;
  metrics: Metrics;
}

/**
 * `POST /api/messages`: validates the body, authenticates the request, runs the bot, logs one line.
 * @remarks botbuilder's own `CloudAdapter.process` answers a forged or malformed token with 500 and writes it
 * to the console; calling `processActivity` here turns every token failure into 401 before any handler runs.
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
      if (isAuthenticationFailure(error)) {
        logger.warn(
          { event: 'unauthorized', activityId: activity.id, errorName: (error as Error).name },
          'refused',
        );
        res.send(401, { code: 'Unauthorized', message: 'a valid Bot Framework token is required' });
      } else {
        logger.error(
          { event: 'turn-crashed', activityId: activity.id, ...errorFields(error) },
          'turn crashed',
        );
        res.send(500, { code: 'Internal', message: 'the activity could not be processed' });
      }
    } finally {
      logTurn(deps, activity, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}

function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof AuthenticationError || (error instanceof Error && TOKEN_ERRORS.has(error.name));
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

function logTurn(
  { logger, metrics }: BotRouteDependencies,
  activity: IncomingActivity,
  route: string,
  status: number,
  seconds: number,
): void {
  metrics.turns.inc({ type: activity.type, route, outcome: String(status) });
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
      status,
      durationMs: Math.round(seconds * 1e4) / 10,
    },
    'turn',
  );
}
