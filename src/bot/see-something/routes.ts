import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/expand-card';
import { FLOW_VERBS } from './cards';
import { SEE_SOMETHING_TEXTS } from './texts';
import { SEE_SOMETHING } from './verbs';
import { langOf } from '../locale';
import { startSeeSomething } from './start';
import { runSeeSomethingStep, type SeeSomethingDeps, type StepResult } from './steps';

/** The manifest's "ik zie iets" command, in Dutch and English, alone in a message. */
export const SEE_SOMETHING_COMMAND = /^\s*(ik zie iets|i see something|i noticed something)\s*[.!?]*\s*$/i;

/** An Action.Submit press (or a typed command) gets its answer as a new message. */
async function sendResult(context: TurnContext, result: StepResult): Promise<void> {
  await context.sendActivity('card' in result ? { attachments: [cardAttachment(result.card)] } : result.text);
}

/** An Action.Execute press gets the next card in place of the pressed one, or a short text. */
const invokeResult = (result: StepResult): AdaptiveCard | string =>
  'card' in result ? (result.card as unknown as AdaptiveCard) : result.text;

/**
 * The guided "ik zie iets" flow: the command, the button on the welcome and help cards, and every step.
 * @remarks Each step is registered twice: as `Action.Execute` (Teams replaces the card, so an old step cannot be
 * pressed again) and as the `Action.Submit` fallback (the next card comes as a new message).
 */
export function registerSeeSomethingRoutes(app: Application<TurnState>, deps: SeeSomethingDeps): void {
  app.message(SEE_SOMETHING_COMMAND, async (context) =>
    sendResult(context, await startSeeSomething(context, deps)),
  );

  app.adaptiveCards.actionSubmit(SEE_SOMETHING.start, async (context: TurnContext) =>
    sendResult(context, await startSeeSomething(context, deps)),
  );
  // Started from the welcome or help card: that card stays, and the flow begins in a new message below it.
  app.adaptiveCards.actionExecute(SEE_SOMETHING.start, async (context: TurnContext) => {
    const result = await startSeeSomething(context, deps);
    if (!('card' in result)) return result.text;
    await sendResult(context, result);
    return SEE_SOMETHING_TEXTS[langOf(context.activity)].startedBelow;
  });

  for (const verb of FLOW_VERBS) {
    app.adaptiveCards.actionExecute(verb, async (context: TurnContext, _state, data) =>
      invokeResult(await runSeeSomethingStep(context, data, deps)),
    );
    app.adaptiveCards.actionSubmit(verb, async (context: TurnContext, _state, data) =>
      sendResult(context, await runSeeSomethingStep(context, data, deps)),
    );
  }
}
