import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { DANGER_TOPIC } from '../../guidance';
import type { BotDependencies } from '../bot-dependencies';
import { answerCardAgain } from '../cards/answer-card-again';
import { cardAttachment, type AdaptiveCardJson } from '../cards/expand-card';
import type { FeedbackState } from '../cards/feedback-section';
import { TEXTS } from '../cards/texts';
import { topicCard } from '../cards/topic-card';
import {
  ANSWER_FEEDBACK,
  FEEDBACK_REASON,
  answerFeedbackData,
  feedbackReasonData,
  type AnswerView,
} from '../cards/verbs';
import { langOf, type Lang } from '../locale';
import { setRoute } from '../route-name';
import { EXPIRED } from './expired-card';

type FeedbackDependencies = Pick<BotDependencies, 'guidance' | 'answerStats' | 'now'>;

/** What a press leads to: the answer card in its next state, or a line of text (a card sent before this version). */
type Outcome = { card: AdaptiveCardJson } | { text: string };

/**
 * "Had je hier iets aan?" under an answer: the verdict, and after "nee" a reason.
 * @remarks Stored per topic and language only: not the question, not who gave the verdict. Each press updates the
 * answer card in place (`Action.Execute` answers with the new card; the `Action.Submit` fallback updates the message
 * it came from), so its buttons are gone once pressed. A card sent before this version carries no `view` and gets a
 * line of text, as it did then.
 */
export function registerFeedbackRoutes(app: Application<TurnState>, deps: FeedbackDependencies): void {
  for (const verb of [ANSWER_FEEDBACK, FEEDBACK_REASON]) {
    app.adaptiveCards.actionExecute(verb, async (context: TurnContext, _state, data) => {
      const outcome = await press(context, verb, data, deps);
      return 'card' in outcome ? (outcome.card as unknown as AdaptiveCard) : outcome.text;
    });
    app.adaptiveCards.actionSubmit(verb, async (context: TurnContext, _state, data) => {
      const outcome = await press(context, verb, data, deps);
      const replyTo = context.activity.replyToId;
      if ('card' in outcome && replyTo) {
        await context.updateActivity({
          type: 'message',
          id: replyTo,
          attachments: [cardAttachment(outcome.card)],
        });
      } else {
        await context.sendActivity(
          'card' in outcome ? { attachments: [cardAttachment(outcome.card)] } : outcome.text,
        );
      }
    });
  }
}

async function press(
  context: TurnContext,
  verb: string,
  data: unknown,
  deps: FeedbackDependencies,
): Promise<Outcome> {
  const expired = (route: string): Outcome => {
    setRoute(context, route);
    return { text: EXPIRED[langOf(context.activity)] };
  };
  if (verb === ANSWER_FEEDBACK) {
    const verdict = answerFeedbackData.safeParse(data);
    if (!verdict.success || !deps.guidance.topic(verdict.data.topic)) return expired('feedback-invalid');
    const { topic, helpful, view } = verdict.data;
    const lang = view?.lang ?? langOf(context.activity);
    setRoute(context, `feedback:${helpful ? 'helpful' : 'not-helpful'}`);
    const id = await deps.answerStats.recordFeedback({ topicId: topic, lang, helpful, at: deps.now() });
    return again(deps, topic, view, helpful ? { step: 'thanks' } : { step: 'reason', id }, lang);
  }
  const reason = feedbackReasonData.safeParse(data);
  if (!reason.success || !(await deps.answerStats.addReason(reason.data.id, reason.data.reason))) {
    return expired('feedback-reason-invalid');
  }
  setRoute(context, `feedback-reason:${reason.data.reason}`);
  const { topic, view } = reason.data;
  const lang = view?.lang ?? langOf(context.activity);
  // Whoever says the answer missed an emergency gets what an emergency needs: 112 first, in a message of its own.
  const danger = reason.data.reason === 'emergency' && deps.guidance.topic(DANGER_TOPIC);
  if (danger) {
    const card = topicCard(danger, deps.guidance.related(danger), lang);
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  }
  return topic ? again(deps, topic, view, { step: 'thanks' }, lang) : { text: TEXTS[lang].feedback.thanks };
}

/** The answer card in its next state; thanks as a line when the card cannot be built again. */
function again(
  deps: FeedbackDependencies,
  topic: string,
  view: AnswerView | undefined,
  state: FeedbackState,
  lang: Lang,
): Outcome {
  const card = view && answerCardAgain(deps.guidance, topic, view, state);
  return card ? { card } : { text: TEXTS[lang].feedback.thanks };
}
