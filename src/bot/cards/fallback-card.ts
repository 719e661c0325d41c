import type { Topic } from '../../guidance';
import type { Lang } from '../locale';
import { ANSWER_TEXTS } from './answer-texts';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { homeButtons, topicButtons } from './topic-buttons';
import { OFFER_QUESTION } from './verbs';

/**
 * The honest "no answer" reply: what Voordeur is for, the nearest topics (or the home topics), the
 * aandachtsfunctionaris, 112 and Veilig Thuis, and the offer to send the question to the editors.
 * @param possibleDanger the message spoke of danger without the signs of now: the card leads with "Is iemand nu
 * in gevaar? Bel 112." and the 112 button (which then is not repeated among the actions)
 * @param question the question as asked, for the editors' form to open with; leave it out when the message holds
 * personal data (the form would refuse it, and the card would copy it)
 * @remarks Expanded once per language, suggestions and line, then reused: a question goes into a shallow copy that
 * shares everything but the offer button with the cached card (expanding a card per turn costs throughput).
 */
export function fallbackCard(
  lang: Lang,
  suggestions: readonly Topic[] = [],
  possibleDanger = false,
  question = '',
): AdaptiveCardJson {
  const key = `fallback:${lang}:${suggestions.map((s) => s.id).join(',')}:${possibleDanger ? 'possible' : ''}`;
  const card = memoJson(key, () => {
    const t = TEXTS[lang];
    return expandCard('fallback', {
      lang,
      ...t.fallback,
      purpose: ANSWER_TEXTS[lang].purpose,
      possible: possibleDanger,
      possibleLine: t.possibleDangerLine,
      call112: t.call112,
      footer: t.footer,
      offerTitle: t.fallback.offer,
      offerVerb: OFFER_QUESTION,
      question: '',
      // Six actions at most: 112, up to four topics, and the offer to send the question.
      buttons: (suggestions.length ? topicButtons(lang, suggestions) : homeButtons(lang)).slice(0, 4),
    });
  });
  if (!question) return card;
  const actions = (card.actions as { data?: { verb?: string } }[]).map((action) =>
    action.data?.verb === OFFER_QUESTION ? { ...action, data: { ...action.data, question } } : action,
  );
  return { ...card, actions };
}
