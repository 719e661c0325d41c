import type { Lang } from '../locale';
import { cacheByKey, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';

/** The card sent once when Voordeur is installed in a chat or team. */
export const welcomeCard = cacheByKey((lang: Lang) => {
  const t = TEXTS[lang];
  return expandCard('welcome', {
    lang,
    ...t.welcome,
    danger: t.dangerLine,
    call112: t.call112,
    buttons: topicButtons(lang),
  });
});
