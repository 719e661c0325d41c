import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { seeSomethingStartAction } from '../see-something/cards';
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
      seeSomethingAction: seeSomethingStartAction(lang),
      buttons: homeButtons(lang),
    });
  });
}
