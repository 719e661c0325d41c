import { telUrl, type DangerKind, type Topic, DANGER_TOPIC } from '../../guidance';
import type { Lang } from '../locale';
import { seeSomethingStartAction } from '../see-something/cards';
import { ANSWER_TEXTS } from './answer-texts';
import { dangerAdvice } from './danger-advice';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { feedbackSection, type FeedbackState } from './feedback-section';
import { TEXTS } from './texts';
import { homeButtons, topicButtons } from './topic-buttons';
import type { AnswerView } from './verbs';

export { dangerAdvice } from './danger-advice';

/** Teams shows at most six actions on a card. */
const MAX_ACTIONS = 6;

/** Sources that point at Voordeur's own domain brief are for editors, not readers. */
const INTERNAL_SOURCE = /^Voordeur domeinbrief/i;

/** The numbers of 113 Zelfmoordpreventie: on a danger card only when the danger may be a suicide. */
const SUICIDE_LINES = new Set(['113', '0800-0113']);

/** How a topic card is shown. */
export interface TopicCardOptions {
  /**
   * The message spoke of danger without the signs of now: the card leads with "Is iemand nu in gevaar? Bel 112."
   * and the 112 button. Ignored for the danger topic, which leads with 112 anyway.
   */
  possibleDanger?: boolean;
  /**
   * The kinds of danger now the message described: the danger card then gives the advice that fits them and what
   * comes after, not the whole topic.
   */
  dangerKinds?: readonly DangerKind[];
  /** The message asked what to do: a signals topic's steps come before its signs, and "ik zie iets" is offered. */
  actionsFirst?: boolean;
  /** The feedback part; asking by default. A pressed feedback button builds the card again in its next state. */
  feedback?: FeedbackState;
}

/**
 * A knowledge topic as an answer card: short answer, the signs and what to do, phone buttons, "ik zie iets" for a
 * signals topic, related topics, sources, feedback, and at the end 112 for danger and Veilig Thuis for advice.
 * @remarks The danger topic's card has "Direct gevaar? Bel 112." as its heading, once: with the kinds of danger the
 * message described, it gives only the advice that fits them (own safety, the operator's instructions, 113) and
 * what comes after; asked about, the whole topic. A possible danger leads with "Is iemand nu in gevaar? Bel 112."
 * Cards are expanded once per topic, language and options, then reused; a card after a feedback press is new.
 */
export function topicCard(
  topic: Topic,
  related: readonly Topic[],
  lang: Lang,
  options: TopicCardOptions = {},
): AdaptiveCardJson {
  const urgent = topic.id === DANGER_TOPIC;
  const shape: Shape = {
    urgent,
    possible: options.possibleDanger === true && !urgent,
    detected: urgent && (options.dangerKinds?.length ?? 0) > 0,
    advice: urgent ? dangerAdvice(options.dangerKinds ?? []) : [],
    actionsFirst: options.actionsFirst === true && !urgent,
  };
  const feedback = options.feedback ?? { step: 'ask' };
  const build = () => buildCard(topic, related, lang, shape, feedback);
  if (feedback.step !== 'ask') return build();
  const key = [
    topic.id,
    lang,
    related.map((r) => r.id).join(','),
    shape.possible ? 'possible' : '',
    shape.detected ? 'detected' : '',
    shape.actionsFirst ? 'actions-first' : '',
    shape.advice.join('+'),
  ].join(':');
  return memoJson(key, build);
}

interface Shape {
  urgent: boolean;
  possible: boolean;
  /** The danger card for a message that described danger now (not the danger topic asked about). */
  detected: boolean;
  advice: readonly ReturnType<typeof dangerAdvice>[number][];
  actionsFirst: boolean;
}

const bullet = (line: string) => `• ${line.replace(/^(\d+)\.\s+/, '$1 – ')}`;

/** What the card shows under its summary: a signals topic's signs and steps, the danger card's "after", the body. */
function sectionsOf(topic: Topic, lang: Lang, shape: Shape) {
  const a = ANSWER_TEXTS[lang];
  if (shape.detected) return [{ label: '', lines: [a.dangerAfter] }];
  // A line that starts like "1. " would become a Markdown list that Teams numbers anew.
  const steps = { label: topic.signs ? a.stepsLabel : '', lines: topic.body[lang].map(bullet) };
  if (!topic.signs) return [steps];
  const signs = { label: a.signsLabel, lines: topic.signs[lang].map(bullet) };
  return shape.actionsFirst ? [steps, signs] : [signs, steps];
}

function buildCard(
  topic: Topic,
  related: readonly Topic[],
  lang: Lang,
  shape: Shape,
  feedback: FeedbackState,
): AdaptiveCardJson {
  const t = TEXTS[lang];
  // 112 is the card's one primary button. On the danger card, and under the possible-danger line, it sits at the
  // top, where a thumb finds it before scrolling, so it is not repeated at the end.
  const calls = [...topic.calls]
    .sort((a, b) => Number(b === '112') - Number(a === '112'))
    .filter((n) => !((shape.urgent || shape.possible) && n === '112'))
    .filter((n) => !(shape.detected && !shape.advice.includes('suicide') && SUICIDE_LINES.has(n)))
    .map((n) => ({
      type: 'Action.OpenUrl',
      title: t.callLabels[n],
      url: telUrl(n),
      ...(n === '112' ? { style: 'positive' } : {}),
    }));
  const seeSomething =
    !shape.urgent && (topic.signs || shape.actionsFirst) ? [seeSomethingStartAction(lang)] : [];
  const buttons = (related.length ? topicButtons(lang, related) : homeButtons(lang, topic.id)).map((b) => ({
    type: 'Action.Submit',
    title: b.title,
    data: { verb: b.verb, topic: b.topic },
  }));
  const actions = [...calls, ...seeSomething, ...buttons].slice(0, MAX_ACTIONS);
  const sources = topic.sources.filter((s) => !INTERNAL_SOURCE.test(s));
  const view: AnswerView = {
    card: 'topic',
    lang,
    ...(shape.possible ? { possible: true } : {}),
    ...(shape.actionsFirst ? { actionsFirst: true } : {}),
  };
  return expandCard('topic', {
    lang,
    urgent: shape.urgent,
    heading: shape.urgent ? t.dangerLine : topic.title[lang],
    advice: shape.advice.map((a) => t.dangerAdvice[a]),
    possible: shape.possible,
    possibleLine: t.possibleDangerLine,
    call112: t.call112,
    summary: shape.detected ? '' : topic.summary[lang],
    sections: sectionsOf(topic, lang, shape),
    sources: sources.length ? `${t.sources}: ${sources.join('; ')}` : '',
    hasActions: actions.length > 0,
    actions,
    // The danger card stays about danger only.
    feedback: !shape.urgent,
    ...feedbackSection(lang, topic.id, view, feedback),
    footer: shape.urgent ? ANSWER_TEXTS[lang].footerAfterDanger : t.footer,
  });
}
