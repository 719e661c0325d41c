import type { Topic } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { homeButtons, topicButtons } from './topic-buttons';
import { OFFER_QUESTION } from './verbs';

/**
 * The honest "no answer" reply: the nearest topics (or the home topics), the aandachtsfunctionaris, 112 and
 * Veilig Thuis.
 * @param possibleDanger the message spoke of danger without the signs of now: the card leads with "Is iemand nu
 * in gevaar? Bel 112." and the 112 button (which then is not repeated among the actions)
 */
export function fallbackCard(
  lang: Lang,
  suggestions: readonly Topic[] = [],
  possibleDanger = false,
): AdaptiveCardJson {
  const key = `fallback:${lang}:${suggestions.map((s) => s.id).join(',')}:${possibleDanger ? 'possible' : ''}`;
  return memoJson(key, () => {
    const t = TEXTS[lang];
    return expandCard('fallback', {
      lang,
      ...t.fallback,
      possible: possibleDanger,
      possibleLine: t.possibleDangerLine,
      call112: t.call112,
      footer: t.footer,
      offerTitle: t.fallback.offer,
      offerVerb: OFFER_QUESTION,
      // Six actions at most: 112, up to four topics, and the offer to send the question.
      buttons: (suggestions.length ? topicButtons(lang, suggestions) : homeButtons(lang)).slice(0, 4),
    });
  });
}
