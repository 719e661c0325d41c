import { telUrl } from '../../guidance/phone-numbers';
import type { Topic } from '../../guidance/topic';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { topicButtons } from './topic-buttons';
import { ANSWER_FEEDBACK } from './verbs';

/** Teams shows at most six actions on a card. */
const MAX_ACTIONS = 6;

/** Sources that point at Voordeur's own domain brief are for editors, not readers (as on the topic card). */
const INTERNAL_SOURCE = /^Voordeur domeinbrief/i;

/** The card's own words; the shared ones (112, footer, feedback, sources) come from {@link TEXTS}. */
const LABELS: Record<Lang, (titles: string) => string> = {
  nl: (titles) =>
    `Een taalmodel schreef dit antwoord, alleen uit: ${titles}. Twijfel je? Open het onderwerp hieronder.`,
  en: (titles) => `A language model wrote this answer, only from: ${titles}. In doubt? Open the topic below.`,
};

/** What {@link modelAnswerCard} shows. */
export interface ModelAnswerCardProps {
  /** The checked text of the language model. */
  text: string;
  /** The topics the text cites, the main one first (never empty). */
  cited: readonly Topic[];
  /** The topics the main topic's editor linked, offered as buttons after the cited ones. */
  related: readonly Topic[];
  lang: Lang;
}

/**
 * An answer worded by the language model: says so and names the topics it came from, then the text, the cited
 * topics' sources and phone buttons, buttons to open the cited topics themselves, feedback, and at the end 112
 * and Veilig Thuis.
 * @remarks Not cached: every text is new. Feedback is recorded for the main topic, as on its own card.
 */
export function modelAnswerCard({ text, cited, related, lang }: ModelAnswerCardProps): AdaptiveCardJson {
  const main = cited[0];
  if (!main) throw new Error('modelAnswerCard needs at least one cited topic');
  const t = TEXTS[lang];
  const numbers = [...new Set(cited.flatMap((c) => c.calls))].sort(
    (a, b) => Number(b === '112') - Number(a === '112'),
  );
  const links = numbers.map((n) => ({
    title: t.callLabels[n],
    url: telUrl(n),
    style: n === '112' ? 'positive' : 'default',
  }));
  const shown = new Set<string>();
  const linked = [...cited, ...related].filter((topic) => !shown.has(topic.id) && shown.add(topic.id));
  const sources = [...new Set(cited.flatMap((c) => c.sources))].filter((s) => !INTERNAL_SOURCE.test(s));
  return expandCard('model-answer', {
    lang,
    title: main.title[lang],
    label: LABELS[lang](cited.map((c) => `“${c.title[lang]}”`).join(', ')),
    // Lines as the topic card shows them: "1. " would become a Markdown list that Teams numbers anew.
    paragraphs: text
      .split(/\n+/)
      .map((line) =>
        line
          .trim()
          .replace(/^[-*•]\s+/, '• ')
          .replace(/^(\d+)\.\s+/, '$1 – '),
      )
      .filter(Boolean),
    sources: sources.length ? `${t.sources}: ${sources.join('; ')}` : '',
    footer: t.footer,
    feedbackQuestion: t.feedback.question,
    feedbackYes: t.feedback.yes,
    feedbackNo: t.feedback.no,
    feedbackVerb: ANSWER_FEEDBACK,
    topicId: main.id,
    links,
    buttons: topicButtons(lang, linked).slice(0, MAX_ACTIONS - links.length),
  });
}
