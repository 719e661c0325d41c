import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { seeSomethingStartAction } from '../see-something/cards';
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
      seeSomethingAction: seeSomethingStartAction(lang),
      buttons: homeButtons(lang),
    });
  });
}
