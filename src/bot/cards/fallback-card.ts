import type { Topic } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { homeButtons, topicButtons } from './topic-buttons';
import { OFFER_QUESTION } from './verbs';

/**
 * The honest "no answer" reply: the nearest topics (or the home topics), the aandachtsfunctionaris, 112 and
 * Veilig Thuis.
 */
export function fallbackCard(lang: Lang, suggestions: readonly Topic[] = []): AdaptiveCardJson {
  return memoJson(`fallback:${lang}:${suggestions.map((s) => s.id).join(',')}`, () => {
    const t = TEXTS[lang];
    return expandCard('fallback', {
      lang,
      ...t.fallback,
      call112: t.call112,
      footer: t.footer,
      offerTitle: t.fallback.offer,
      offerVerb: OFFER_QUESTION,
      // Six actions at most: 112, up to four topics, and the offer to send the question.
      buttons: (suggestions.length ? topicButtons(lang, suggestions) : homeButtons(lang)).slice(0, 4),
    });
  });
}
