import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { seenStartAction } from './seen-cards';
import { homeButtons } from './topic-buttons';

/** The card sent once when Voordeur is installed in a chat or team. */
export function welcomeCard(lang: Lang): AdaptiveCardJson {
  return memoJson(`welcome:${lang}`, () => {
    const t = TEXTS[lang];
    return expandCard('welcome', {
      lang,
      ...t.welcome,
      danger: t.dangerLine,
      call112: t.call112,
      seenAction: seenStartAction(lang),
      buttons: homeButtons(lang),
    });
  });
}
