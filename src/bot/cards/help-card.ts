import type { Lang } from '../locale';
import { cacheByKey, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';

/** The answer to "help" / "hulp": what Voordeur does, with buttons to its main features. */
export const helpCard = cacheByKey((lang: Lang) => {
  const t = TEXTS[lang];
  return expandCard('help', {
    lang,
    ...t.help,
    danger: t.dangerLine,
    call112: t.call112,
    buttons: topicButtons(lang),
  });
});
