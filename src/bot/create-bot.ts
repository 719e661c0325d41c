import { randomUUID } from 'node:crypto';
import { Application, type TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorFields } from '../logging';
import type { BotDependencies } from './bot-dependencies';
import { errorCard } from './cards/error-card';
import { cardAttachment } from './cards/expand-card';
import { originOf } from './conversation';
import { langOf } from './locale';
import { registerFallbackRoute } from './routes/fallback-route';
import { registerHelpRoutes } from './routes/help-routes';
import { registerInstallRoutes } from './routes/install-routes';
import { DatabaseTurnStateStorage } from './turn-state-storage';

/** The Voordeur bot: the teams-ai application and its turn-level error handler. */
export interface Bot {
  readonly app: Application<TurnState>;
  /** Handles one incoming activity. */
  run(context: TurnContext): Promise<void>;
  /** Logs a failed turn by id and sends a short apology. Never throws. */
  onTurnError(context: TurnContext, error: unknown): Promise<void>;
}

export function createBot(deps: BotDependencies): Bot {
  const app = new Application<TurnState>({
    storage: new DatabaseTurnStateStorage(deps.state),
    removeRecipientMention: true,
    startTypingTimer: true,
  });

  // Every incoming activity refreshes the stored conversation address: Teams may move a conversation to
  // another service URL, and the install event is not repeated.
  app.turn('beforeTurn', async (context) => {
    await refreshDirectory(context, deps);
    return true;
  });

  registerInstallRoutes(app, deps);
  registerHelpRoutes(app);
  // The catch-all goes last: the first matching route wins.
  registerFallbackRoute(app);

  return {
    app,
    async run(context) {
      await app.run(context);
    },
    async onTurnError(context, error) {
      const errorId = randomUUID();
      deps.logger.error(
        {
          event: 'turn-failed',
          errorId,
          activityId: context.activity.id,
          conversationId: context.activity.conversation?.id,
          ...errorFields(error),
        },
        'turn failed',
      );
      try {
        await context.sendActivity({
          attachments: [cardAttachment(errorCard(langOf(context.activity), errorId))],
        });
      } catch (sendError) {
        deps.logger.warn(
          { event: 'apology-failed', errorId, ...errorFields(sendError) },
          'could not send apology',
        );
      }
    },
  };
}

async function refreshDirectory(context: TurnContext, deps: BotDependencies): Promise<void> {
  const { activity } = context;
  if (!activity.conversation?.id || !activity.serviceUrl) return;
  const origin = originOf(activity);
  const at = deps.now();
  await deps.installations.record({ ...origin, at, event: 'activity' });
  const from = activity.from;
  if (from?.aadObjectId && from.id !== activity.recipient?.id) {
    await deps.people.upsert({
      aadObjectId: from.aadObjectId,
      tenantId: origin.tenantId,
      displayName: from.name || undefined,
      locale: activity.locale,
      at,
    });
  }
}
