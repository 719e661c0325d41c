import type { Lang } from '../locale';
import { cacheByKey, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';

/** The honest "no answer" reply, with the built-in topics, 112 and Veilig Thuis. */
export const fallbackCard = cacheByKey((lang: Lang) => {
  const t = TEXTS[lang];
  return expandCard('fallback', {
    lang,
    ...t.fallback,
    footer: t.footer,
    call112: t.call112,
    buttons: topicButtons(lang),
  });
});
