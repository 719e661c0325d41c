import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { feedbackReasonCard } from '../cards/feedback-reason-card';
import { TEXTS } from '../cards/texts';
import { topicCard } from '../cards/topic-card';
import { DANGER_TOPIC } from '../../guidance';
import { ANSWER_FEEDBACK, FEEDBACK_REASON, answerFeedbackData, feedbackReasonData } from '../cards/verbs';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { replyCardExpired } from './expired-card';

/**
 * "Had je hier iets aan?" under an answer: the verdict, and after "nee" a reason.
 * @remarks Stored per topic and language only: not the question, not who gave the verdict.
 */
export function registerFeedbackRoutes(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'guidance' | 'answerStats' | 'now'>,
): void {
  app.adaptiveCards.actionSubmit(ANSWER_FEEDBACK, async (context: TurnContext, _state, data) => {
    const parsed = answerFeedbackData.safeParse(data);
    if (!parsed.success || !deps.guidance.topic(parsed.data.topic)) {
      return replyCardExpired(context, 'feedback-invalid');
    }
    const { topic, helpful } = parsed.data;
    const lang = langOf(context.activity);
    setRoute(context, `feedback:${helpful ? 'helpful' : 'not-helpful'}`);
    const id = await deps.answerStats.recordFeedback({ topicId: topic, lang, helpful, at: deps.now() });
    await context.sendActivity(
      helpful ? TEXTS[lang].feedback.thanks : { attachments: [cardAttachment(feedbackReasonCard(lang, id))] },
    );
  });

  app.adaptiveCards.actionSubmit(FEEDBACK_REASON, async (context: TurnContext, _state, data) => {
    const parsed = feedbackReasonData.safeParse(data);
    if (!parsed.success || !(await deps.answerStats.addReason(parsed.data.id, parsed.data.reason))) {
      return replyCardExpired(context, 'feedback-reason-invalid');
    }
    setRoute(context, `feedback-reason:${parsed.data.reason}`);
    const lang = langOf(context.activity);
    await context.sendActivity(TEXTS[lang].feedback.thanks);
    // Whoever says the answer missed an emergency gets what an emergency needs: 112 first.
    const danger = parsed.data.reason === 'emergency' && deps.guidance.topic(DANGER_TOPIC);
    if (danger) {
      const card = topicCard(danger, deps.guidance.related(danger), lang);
      await context.sendActivity({ attachments: [cardAttachment(card)] });
    }
  });
}
