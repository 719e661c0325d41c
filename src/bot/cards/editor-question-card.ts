import { MAX_EDITOR_QUESTION } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { SEND_QUESTION } from './verbs';

/**
 * The form to send a question to the editors, which first warns to leave out personal data.
 * @param question what the person asked, to start from; they can change it before sending
 */
export function editorQuestionCard(lang: Lang, question = ''): AdaptiveCardJson {
  const build = () => {
    const t = TEXTS[lang];
    return expandCard('editor-question', {
      lang,
      ...t.editorQuestion,
      question: question.slice(0, MAX_EDITOR_QUESTION),
      maxLength: MAX_EDITOR_QUESTION,
      footer: t.footer,
      verb: SEND_QUESTION,
    });
  };
  return question ? build() : memoJson(`editor-question:${lang}`, build);
}
