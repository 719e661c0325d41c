import type { Lang } from '../locale';
import { cacheByKey, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';
import type { TopicId } from './verbs';

/**
 * One of the built-in topics (danger, steps, contacts), ending with 112 and Veilig Thuis.
 * @remarks The danger topic leads with "Bel 112" before anything else.
 */
export const topicCard = cacheByKey((key: `${TopicId}:${Lang}`) => {
  const [topic, lang] = key.split(':') as [TopicId, Lang];
  const t = TEXTS[lang];
  const content = t.topics[topic];
  return expandCard('topic', {
    lang,
    ...content,
    urgent: Boolean(content.urgentText),
    urgentText: content.urgentText ?? '',
    footer: t.footer,
    buttons: topicButtons(lang, topic),
  });
});
