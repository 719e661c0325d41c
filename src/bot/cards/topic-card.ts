import type { Lang } from '../locale';
import { cacheByKey, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';
import type { TopicId } from './verbs';

const TEL_112 = 'tel:112';

/**
 * One of the built-in topics (danger, steps, contacts), ending with 112 and Veilig Thuis.
 * @remarks The danger topic leads with "Bel 112" before anything else.
 */
export const topicCard = cacheByKey((key: `${TopicId}:${Lang}`) => {
  const [topic, lang] = key.split(':') as [TopicId, Lang];
  const t = TEXTS[lang];
  const content = t.topics[topic];
  const urgent = Boolean(content.urgentText);
  return expandCard('topic', {
    lang,
    ...content,
    // 112 is the card's one primary button. On an urgent topic it sits in the banner at the top, where a thumb
    // finds it before scrolling, so it is not repeated at the end.
    links: content.links
      .filter((link) => !(urgent && link.url === TEL_112))
      .map((link) => ({ ...link, style: link.url === TEL_112 ? 'positive' : 'default' })),
    urgent,
    urgentText: content.urgentText ?? '',
    call112: t.call112,
    footer: t.footer,
    buttons: topicButtons(lang, topic),
  });
});
