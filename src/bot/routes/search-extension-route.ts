import type { Application, TurnState } from '@microsoft/teams-ai';
import type { MessagingExtensionResult } from 'botbuilder';
import { type Topic, HOME_TOPICS } from '../../guidance';
import type { BotDependencies } from '../bot-dependencies';
import { resultAttachment } from '../cards/expand-card';
import { topicCard } from '../cards/topic-card';
import { langOf, localeOf } from '../locale';
import { setRoute } from '../route-name';

/** The search command of the "Meldcode" message extension in the manifest. */
export const SEARCH_COMMAND = 'searchTopics';
const MAX_RESULTS = 8;

/**
 * The "Meldcode" message extension: search topics from the compose box and insert a topic card in any chat.
 * @remarks The search text is answered and forgotten, like a question to the bot. An empty search (Teams runs
 * the command once when it opens) lists the home topics.
 */
export function registerSearchExtension(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'guidance'>,
): void {
  app.messageExtensions.query(
    SEARCH_COMMAND,
    async (context, _state, query): Promise<MessagingExtensionResult> => {
      setRoute(context, 'search-extension');
      const text = typeof query.parameters?.query === 'string' ? query.parameters.query.trim() : '';
      let lang = langOf(context.activity);
      let topics: Topic[];
      if (!text) {
        topics = HOME_TOPICS.flatMap((id) => deps.guidance.topic(id) ?? []);
      } else {
        const answer = deps.guidance.answer(text, localeOf(context.activity));
        lang = answer.lang;
        topics = [...(answer.topic ? [answer.topic] : []), ...answer.related];
      }
      return {
        type: 'result',
        attachmentLayout: 'list',
        attachments: topics
          .slice(0, MAX_RESULTS)
          .map((topic) =>
            resultAttachment(
              topicCard(topic, deps.guidance.related(topic), lang),
              topic.title[lang],
              topic.summary[lang],
            ),
          ),
      };
    },
  );
}
