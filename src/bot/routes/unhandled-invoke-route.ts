import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { EXPIRED } from './expired-card';

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

/**
 * The body of an invoke response that shows the person `text`, in the form the invoke's sender expects: a
 * message for a card action (the card itself stays as it is: it may hold the person's own copy of a note), a
 * message in the search pane for a message extension, a message dialog for a task module.
 */
export function invokeMessage(name: string | undefined, text: string): unknown {
  if (name?.startsWith('composeExtension/')) return { composeExtension: { type: 'message', text } };
  if (name === 'task/fetch' || name === 'task/submit') return { task: { type: 'message', value: text } };
  return { statusCode: 200, type: MESSAGE_RESPONSE, value: text };
}

/** Answers the invoke with `body` unless an answer was given already. */
export async function answerInvoke(context: TurnContext, body: unknown): Promise<void> {
  if (context.activity.type !== ActivityTypes.Invoke || context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

/**
 * Every invoke no other route took: a card action with no verb or another action type, a search command
 * Voordeur does not have, an invoke kind it does not know. Without an answer botbuilder replies 501 with an
 * empty body and Teams shows a generic error; this says the card has expired, or returns no search results.
 * @remarks teams-ai tries its invoke routes first and then the ordinary ones, so this catch-all for the
 * `invoke` activity type only sees invokes that nothing else answered.
 */
export function registerUnhandledInvokes(app: Application<TurnState>): void {
  app.activity(ActivityTypes.Invoke, async (context) => {
    setRoute(context, 'invoke-unsupported');
    const name = context.activity.name;
    const body =
      name === 'composeExtension/query'
        ? { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } }
        : invokeMessage(name, EXPIRED[langOf(context.activity)]);
    await answerInvoke(context, body);
  });
}
