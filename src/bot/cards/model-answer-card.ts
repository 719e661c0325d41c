import { telUrl, type Topic } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard } from './expand-card';
import { TEXTS } from './texts';
import { seeSomethingStartAction } from '../see-something/cards';
import { feedbackSection, type FeedbackState } from './feedback-section';
import { topicButtons } from './topic-buttons';

/** Teams shows at most six actions on a card. */
const MAX_ACTIONS = 6;

/** Sources that point at Voordeur's own domain brief are for editors, not readers (as on the topic card). */
const INTERNAL_SOURCE = /^Voordeur domeinbrief/i;

/** Paragraphs the card shows; the rest joins the last one, so that a text of short lines stays a small card. */
export const MAX_PARAGRAPHS = 12;
/** Characters of the text the card shows (as many as `readCompletion` takes); a longer text is cut. */
export const MAX_TEXT_CHARS = 1500;
// Control and invisible characters: nothing to show, and up to six bytes each in the card's JSON.
const INVISIBLE = /[\p{Cf}\p{Co}]|(?!\n)\p{Cc}/gu;

/** The card's own words; the shared ones (112, footer, feedback, sources) come from {@link TEXTS}. */
const LABELS: Record<Lang, (titles: string) => string> = {
  nl: (titles) =>
    `Een taalmodel schreef dit antwoord op basis van: ${titles}. Twijfel je? Open het onderwerp hieronder.`,
  en: (titles) => `A language model wrote this answer based on: ${titles}. In doubt? Open the topic below.`,
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
  /** The feedback part; asking by default. A pressed feedback button builds the card again in its next state. */
  feedback?: FeedbackState;
}

/**
 * The model's text as the card's paragraphs: at most {@link MAX_PARAGRAPHS} of at most {@link MAX_TEXT_CHARS}
 * characters in all, list marks as the topic card writes them.
 */
export function answerParagraphs(text: string): string[] {
  const lines = text
    .slice(0, MAX_TEXT_CHARS)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .split(/\n+/)
    .map((line) =>
      line
        .trim()
        .replace(/^[-*•]\s+/, '• ')
        .replace(/^(\d+)\.\s+/, '$1 – '),
    )
    .filter(Boolean);
  return lines.length > MAX_PARAGRAPHS
    ? [...lines.slice(0, MAX_PARAGRAPHS - 1), lines.slice(MAX_PARAGRAPHS - 1).join(' ')]
    : lines;
}

/**
 * An answer worded by the language model: says so and names the topics it is based on, then the text, the cited
 * topics' sources and phone buttons, buttons to open the cited topics themselves, feedback, and at the end 112
 * and Veilig Thuis. A main topic with signs (a signals topic) also offers "ik zie iets".
 * @remarks Not cached: every text is new. The text goes into `TextRun`s, which Teams shows as plain text: a
 * Markdown link or list in the model's text stays visible as typed, never a link. Feedback is recorded for the
 * main topic, as on its own card.
 */
export function modelAnswerCard({
  text,
  cited,
  related,
  lang,
  feedback = { step: 'ask' },
}: ModelAnswerCardProps): AdaptiveCardJson {
  const main = cited[0];
  if (!main) throw new Error('modelAnswerCard needs at least one cited topic');
  const t = TEXTS[lang];
  const numbers = [...new Set(cited.flatMap((c) => c.calls))].sort(
    (a, b) => Number(b === '112') - Number(a === '112'),
  );
  const links = numbers.map((n) => ({
    type: 'Action.OpenUrl',
    title: t.callLabels[n],
    url: telUrl(n),
    ...(n === '112' ? { style: 'positive' } : {}),
  }));
  const seeSomething = main.signs ? [seeSomethingStartAction(lang)] : [];
  const shown = new Set<string>();
  const linked = [...cited, ...related].filter((topic) => !shown.has(topic.id) && shown.add(topic.id));
  const sources = [...new Set(cited.flatMap((c) => c.sources))].filter((s) => !INTERNAL_SOURCE.test(s));
  // The text as shown (cut, without invisible characters), which builds the same paragraphs again.
  const paragraphs = answerParagraphs(text);
  const asShown = paragraphs.join('\n');
  return expandCard('model-answer', {
    lang,
    title: main.title[lang],
    label: LABELS[lang](cited.map((c) => `“${c.title[lang]}”`).join(', ')),
    paragraphs,
    sources: sources.length ? `${t.sources}: ${sources.join('; ')}` : '',
    footer: t.footer,
    // The text goes with the buttons so that a press can build this card again; it is checked again first.
    ...feedbackSection(
      lang,
      main.id,
      { card: 'model', lang, cited: cited.map((c) => c.id), text: asShown },
      feedback,
    ),
    actions: [
      ...links,
      ...seeSomething,
      ...topicButtons(lang, linked).map((b) => ({
        type: 'Action.Submit',
        title: b.title,
        data: { verb: b.verb, topic: b.topic },
      })),
    ].slice(0, MAX_ACTIONS),
  });
}
