import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { cardAttachment } from '../cards/expand-card';
import { helpCard } from '../cards/help-card';
import { topicCard } from '../cards/topic-card';
import { SHOW_TOPIC, showTopicData } from '../cards/verbs';
import { langOf, langOfMessage } from '../locale';
import { setRoute } from '../route-name';
import { replyCardExpired } from './expired-card';

/** Words that ask for the overview, alone in a message (after an @mention is stripped). */
export const HELP_PATTERN = /^\s*(help|hulp|menu|\?)\s*[.!?]*\s*$/i;

/**
 * The manifest's other commands, in Dutch and English (Teams sends the title in the client's language), and
 * the topic each opens. "ik zie iets" starts the guided flow (see-something-routes).
 */
export const COMMAND_TOPICS: readonly [RegExp, string][] = [
  [/^\s*(gevaar|danger)\s*[.!?]*\s*$/i, 'direct-gevaar'],
  [/^\s*(stappen|steps)\s*[.!?]*\s*$/i, 'meldcode-stappen'],
  [/^\s*contact\s*[.!?]*\s*$/i, 'wie-bel-ik'],
];

/** "help"/"hulp", the manifest's commands, and the topic buttons on every card. */
export function registerHelpRoutes(
  app: Application<TurnState>,
  deps: Pick<BotDependencies, 'guidance'>,
): void {
  app.message(HELP_PATTERN, async (context) => {
    setRoute(context, 'help');
    await context.sendActivity({ attachments: [cardAttachment(helpCard(langOfMessage(context.activity)))] });
  });

  const showTopic = async (context: TurnContext, id: string, lang = langOf(context.activity)) => {
    const topic = deps.guidance.topic(id);
    if (!topic) return replyCardExpired(context, 'topic-invalid');
    setRoute(context, `topic:${topic.id}`);
    const card = topicCard(topic, deps.guidance.related(topic), lang);
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  };

  for (const [pattern, id] of COMMAND_TOPICS) {
    app.message(pattern, (context) => showTopic(context, id, langOfMessage(context.activity)));
  }

  app.adaptiveCards.actionSubmit(SHOW_TOPIC, async (context: TurnContext, _state, data) => {
    const parsed = showTopicData.safeParse(data);
    return parsed.success
      ? showTopic(context, parsed.data.topic)
      : replyCardExpired(context, 'topic-invalid');
  });
}
