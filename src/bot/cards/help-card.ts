import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { seenStartAction } from './seen-cards';
import { homeButtons } from './topic-buttons';

/** The answer to "help" / "hulp": what Voordeur does, with buttons to its main features. */
export function helpCard(lang: Lang): AdaptiveCardJson {
  return memoJson(`help:${lang}`, () => {
    const t = TEXTS[lang];
    return expandCard('help', {
      lang,
      ...t.help,
      danger: t.dangerLine,
      call112: t.call112,
      seenAction: seenStartAction(lang),
      buttons: homeButtons(lang),
    });
  });
}
