import type { Lang } from '../locale';
import type { AdaptiveCardJson } from './expand-card';
import { expandCard } from './expand-card';
import { TEXTS } from './texts';

/**
 * A short, kind apology with the error id that the logs carry, so support can find the turn.
 * @remarks A failed turn may have been someone reporting danger: the card still offers 112.
 */
export function errorCard(lang: Lang, errorId: string): AdaptiveCardJson {
  const t = TEXTS[lang];
  return expandCard('error', {
    lang,
    title: t.error.title,
    body: t.error.body,
    danger: t.footer,
    call112: t.call112,
    reference: t.error.reference.replace('${errorId}', errorId),
  });
}
