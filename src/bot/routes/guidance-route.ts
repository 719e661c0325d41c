import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { GuidanceAnswer } from '../../guidance/guidance-answer';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { fallbackCard } from '../cards/fallback-card';
import { TEXTS } from '../cards/texts';
import { topicCard } from '../cards/topic-card';
import { localeOf } from '../locale';
import { setRoute } from '../route-name';
import { replyCardExpired } from './expired-card';

/**
 * Every message that no other route took: a question about the meldcode, in the person's own words.
 * Danger first (the 112 card), then a warning about personal data, then the best topic or an honest fallback.
 * @remarks Must be registered last: teams-ai runs the first route whose selector matches, so a catch-all
 * registered earlier would swallow the help command and card submits. The text is answered and forgotten:
 * only the kind of answer and the topic id reach the log.
 */
export function registerGuidanceRoute(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'guidance' | 'answerStats' | 'now'>,
): void {
  app.activity(ActivityTypes.Message, async (context) => {
    // A card submit carries `value`; one that reached here names no verb we know.
    if (context.activity.value !== undefined && !context.activity.text?.trim()) {
      return replyCardExpired(context, 'card-unknown');
    }
    const answer = deps.guidance.answer(context.activity.text ?? '', localeOf(context.activity));
    setRoute(context, answer.topic ? `${answer.kind}:${answer.topic.id}` : answer.kind);
    if (!answer.topic) await deps.answerStats.countUnanswered(answer.lang, deps.now());
    await reply(context, answer, deps);
  });
}

async function reply(context: TurnContext, answer: GuidanceAnswer, deps: Pick<BotDependencies, 'guidance'>) {
  const { lang } = answer;
  // A topic's card links the topics its editor chose; without a topic, the nearest ones are the suggestions.
  const card = answer.topic
    ? topicCard(answer.topic, deps.guidance.related(answer.topic), lang)
    : fallbackCard(lang, answer.related);
  const warn = answer.personalData.length > 0;
  // Danger comes before the privacy warning; otherwise the warning comes first.
  if (warn && answer.kind !== 'danger') await context.sendActivity(TEXTS[lang].privacy);
  await context.sendActivity({ attachments: [cardAttachment(card)] });
  if (warn && answer.kind === 'danger') await context.sendActivity(TEXTS[lang].privacy);
}
