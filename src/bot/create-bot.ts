import { randomUUID } from 'node:crypto';
import { Application, type TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { clip, errorFields } from '../logging';
import type { BotDependencies } from './bot-dependencies';
import { isDatabaseUnavailable, outageLogFor } from '../database-outage';
import { errorCard } from './cards/error-card';
import { cardAttachment } from './cards/expand-card';
import { DirectoryRefresh } from './directory-refresh';
import { langOf } from './locale';
import { setRoute } from './route-name';
import { registerContactPersonRoute } from './routes/contact-person-route';
import { registerEditorQuestionRoutes } from './routes/editor-question-routes';
import { registerFeedbackRoutes } from './routes/feedback-routes';
import { registerGuidanceRoute } from './routes/guidance-route';
import { registerHelpRoutes } from './routes/help-routes';
import { registerSearchExtension } from './routes/search-extension-route';
import { registerSeeSomethingRoutes } from './see-something/routes';
import { registerTrainingRoutes } from './training/routes';
import { registerAcknowledgeRoutes } from './announcements/acknowledge-route';
import { EXPIRED } from './routes/expired-card';
import { registerInstallRoutes } from './routes/install-routes';
import { answerInvoke, invokeMessage, registerUnhandledInvokes } from './routes/unhandled-invoke-route';
import { TEXTS } from './cards/texts';

/** The Voordeur bot: the teams-ai application and its turn-level error handler. */
export interface Bot {
  readonly app: Application<TurnState>;
  /** Handles one incoming activity. */
  run(context: TurnContext): Promise<void>;
  /** Logs a failed turn by id and sends a short apology. Never throws. */
  onTurnError(context: TurnContext, error: unknown): Promise<void>;
}

export function createBot(deps: BotDependencies): Bot {
  // No turn state is stored: each flow keeps its state in its own table or in the card it sends, so a turn reads
  // nothing it does not use, and one that needs no stored data (a meldcode question, "help") is answered while the
  // database is away.
  const app = new Application<TurnState>({
    removeRecipientMention: true,
    startTypingTimer: true,
  });

  const directory = new DirectoryRefresh(deps);
  app.turn('beforeTurn', async (context) => {
    try {
      await directory.refresh(context.activity);
    } catch (error) {
      // Bookkeeping, retried on the conversation's next turn: with the database away the turn goes on, so a
      // meldcode question is still answered (a route that needs stored data fails on its own and apologises).
      if (!isDatabaseUnavailable(error)) throw error;
      outageLogFor(deps.logger).report(
        { event: 'directory-refresh-failed', activityId: clip(context.activity.id), database: 'unavailable' },
        'could not record the conversation',
      );
    }
    return true;
  });

  registerInstallRoutes(app, deps);
  registerHelpRoutes(app, deps);
  registerContactPersonRoute(app, deps);
  registerSearchExtension(app, deps);
  registerFeedbackRoutes(app, deps);
  registerEditorQuestionRoutes(app, deps);
  registerSeeSomethingRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerAcknowledgeRoutes(app, deps);
  // Any other Action.Execute: a card from an older version of Voordeur, or forged. Registered after every verb.
  app.adaptiveCards.actionExecute(/.*/, async (context: TurnContext) => {
    setRoute(context, 'card-unknown');
    return EXPIRED[langOf(context.activity)];
  });
  registerUnhandledInvokes(app);
  // The catch-all goes last: the first matching route wins.
  registerGuidanceRoute(app, deps);

  return {
    app,
    async run(context) {
      await app.run(context);
    },
    async onTurnError(context, error) {
      const fields = {
        event: 'turn-failed',
        activityId: clip(context.activity.id),
        conversationId: clip(context.activity.conversation?.id),
        ...errorFields(error),
      };
      // While the database is down every turn fails alike: one line per outage, whose id every apology shows.
      let errorId: string;
      if (isDatabaseUnavailable(error)) {
        errorId = outageLogFor(deps.logger).report({ ...fields, database: 'unavailable' }, 'turn failed');
      } else {
        errorId = randomUUID();
        deps.logger.error({ ...fields, errorId }, 'turn failed');
      }
      const lang = langOf(context.activity);
      try {
        await context.sendActivity({ attachments: [cardAttachment(errorCard(lang, errorId))] });
      } catch (sendError) {
        deps.logger.warn(
          { event: 'apology-failed', errorId, ...errorFields(sendError) },
          'could not send apology',
        );
      }
      // An invoke still needs its own answer, or botbuilder replies 501 and Teams shows a generic error; it
      // goes back in the HTTP response, so it is given even when the chat could not be reached for the card.
      const { title, reference } = TEXTS[lang].error;
      const text = `${title}. ${reference.replace('${errorId}', errorId)}`;
      await answerInvoke(context, invokeMessage(context.activity.name, text));
    },
  };
}
