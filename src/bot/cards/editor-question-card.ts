import { MAX_EDITOR_QUESTION } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { SEND_QUESTION } from './verbs';

/** The form to send a question to the editors, which first warns to leave out personal data. */
export function editorQuestionCard(lang: Lang): AdaptiveCardJson {
  return memoJson(`editor-question:${lang}`, () => {
    const t = TEXTS[lang];
    return expandCard('editor-question', {
      lang,
      ...t.editorQuestion,
      maxLength: MAX_EDITOR_QUESTION,
      footer: t.footer,
      verb: SEND_QUESTION,
    });
  });
}
