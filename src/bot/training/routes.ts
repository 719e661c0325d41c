import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { myTraining } from '../../training';
import { cardAttachment } from '../cards/expand-card';
import { langOfMessage } from '../locale';
import { setRoute } from '../route-name';
import { decideFromCard } from './claim-decisions';
import { pressReminderButton, type TrainingDeps, type TrainingResult } from './reminder-actions';
import { trainingStatusCard } from './status-card';
import { TRAINING_TEXTS } from './texts';
import { TRAINING } from './verbs';

/** The manifest's "mijn training" command and its other wordings, in Dutch and English, alone in a message. */
export const MY_TRAINING_COMMAND =
  /^\s*(?:mijn training(?:en)?|my trainings?|training ?status|trainingsstatus)\s*[.!?]*\s*$/i;

/** An Action.Execute press: Teams puts the card in place of the pressed one, or shows the text. */
const invokeResult = (result: TrainingResult): AdaptiveCard | string =>
  'card' in result ? (result.card as unknown as AdaptiveCard) : result.text;

/**
 * An Action.Submit press (hosts without Universal Actions): the card message that was pressed is updated in
 * place; a text (a refusal, an expired card) comes as a new message and leaves the card as it was.
 */
async function submitResult(context: TurnContext, result: TrainingResult): Promise<void> {
  const pressed = context.activity.replyToId;
  if ('text' in result) {
    await context.sendActivity(result.text);
    return;
  }
  const activity = { type: 'message', attachments: [cardAttachment(result.card)] };
  if (pressed) await context.updateActivity({ ...activity, id: pressed });
  else await context.sendActivity(activity);
}

/**
 * Training in the chat: "mijn training", the reminder card's buttons and the manager's decisions on claims.
 * @remarks Each button is registered twice, as `Action.Execute` and as its `Action.Submit` fallback. The command
 * route must come before the catch-all question route, which would otherwise answer it as a question.
 */
export function registerTrainingRoutes(app: Application<TurnState>, deps: TrainingDeps): void {
  app.message(MY_TRAINING_COMMAND, async (context) => {
    const lang = langOfMessage(context.activity);
    const person = context.activity.from?.aadObjectId;
    // Someone's training status is theirs: never shown in a channel or group chat.
    if (context.activity.conversation?.conversationType !== 'personal' || !person) {
      setRoute(context, 'training:mine:not-personal');
      await context.sendActivity(TRAINING_TEXTS[lang].mine.onlyPersonal);
      return;
    }
    setRoute(context, 'training:mine');
    const mine = await myTraining({
      aadObjectId: person,
      learners: deps.trainingLearners,
      courses: deps.training,
      records: deps.training,
      reminders: deps.trainingReminders,
      now: deps.now(),
      timeZone: deps.timeZone,
    });
    const card = trainingStatusCard(lang, mine, deps.timeZone);
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  });

  const buttons = [
    [TRAINING.snooze, pressReminderButton],
    [TRAINING.claim, pressReminderButton],
    [TRAINING.confirm, decideFromCard],
    [TRAINING.reject, decideFromCard],
  ] as const;
  for (const [verb, press] of buttons) {
    app.adaptiveCards.actionExecute(verb, async (context: TurnContext, _state, data) =>
      invokeResult(await press(context, data, deps)),
    );
    app.adaptiveCards.actionSubmit(verb, async (context: TurnContext, _state, data) =>
      submitResult(context, await press(context, data, deps)),
    );
  }
}
