import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { editorQuestionCard } from '../cards/editor-question-card';
import { cardAttachment } from '../cards/expand-card';
import { TEXTS } from '../cards/texts';
import { OFFER_QUESTION, SEND_QUESTION, offerQuestionData, sendQuestionData } from '../cards/verbs';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { replyCardExpired } from './expired-card';

/**
 * "Stuur mijn vraag naar de redactie" on the fallback: a form, filled in with the question as asked, that warns to
 * leave out personal data, then stores the question for the editors, without the sender.
 * @remarks The only place Voordeur keeps what someone typed, because they chose to send it; a question in
 * which the privacy guard finds personal data is refused, not stored.
 */
export function registerEditorQuestionRoutes(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'guidance' | 'answerStats' | 'now'>,
): void {
  app.adaptiveCards.actionSubmit(OFFER_QUESTION, async (context: TurnContext, _state, data) => {
    const parsed = offerQuestionData.safeParse(data);
    if (!parsed.success) return replyCardExpired(context, 'editor-question-invalid');
    setRoute(context, 'editor-question:form');
    const lang = langOf(context.activity);
    // The question as asked comes back in the form, unless it holds personal data: then the form starts empty.
    const { question } = parsed.data;
    const start = deps.guidance.answer(question).personalData.length ? '' : question;
    await context.sendActivity({ attachments: [cardAttachment(editorQuestionCard(lang, start))] });
  });

  app.adaptiveCards.actionSubmit(SEND_QUESTION, async (context: TurnContext, _state, data) => {
    const parsed = sendQuestionData.safeParse(data);
    if (!parsed.success) return replyCardExpired(context, 'editor-question-invalid');
    const lang = langOf(context.activity);
    const text = parsed.data.question;
    if (deps.guidance.answer(text).personalData.length > 0) {
      setRoute(context, 'editor-question:refused');
      await context.sendActivity(TEXTS[lang].editorQuestion.personalData);
      return;
    }
    setRoute(context, 'editor-question:sent');
    await deps.answerStats.submitQuestion({ lang, text, at: deps.now() });
    await context.sendActivity(TEXTS[lang].editorQuestion.sent);
  });
}
