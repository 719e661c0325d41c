import { telUrl, type DangerKind, type Topic, DANGER_TOPIC } from '../../guidance';
import type { Lang } from '../locale';
import { type AdaptiveCardJson, expandCard, memoJson } from './expand-card';
import { TEXTS } from './texts';
import { homeButtons, topicButtons } from './topic-buttons';
import { ANSWER_FEEDBACK } from './verbs';
/** Teams shows at most six actions on a card. */
const MAX_ACTIONS = 6;

/** Sources that point at Voordeur's own domain brief are for editors, not readers. */
const INTERNAL_SOURCE = /^Voordeur domeinbrief/i;

/** How a topic card is shown. */
export interface TopicCardOptions {
  /**
   * The message spoke of danger without the signs of now: the card leads with "Is iemand nu in gevaar? Bel 112."
   * and the 112 button. Ignored for the danger topic, which leads with 112 anyway.
   */
  possibleDanger?: boolean;
  /** The kinds of danger now the message described: the danger card adds the advice that fits them. */
  dangerKinds?: readonly DangerKind[];
}

type Advice = keyof (typeof TEXTS)['nl']['dangerAdvice'];

// Violence asks for your own safety first; someone not responding needs the operator's instructions, not "grijp
// niet zelf in"; a threat to life may be a suicide, so 113 after 112. A danger card without kinds adds nothing.
const ADVICE: Record<DangerKind, readonly Advice[]> = {
  'violence-now': ['violence'],
  weapon: ['violence'],
  threat: ['violence'],
  'threat-to-me': ['violence'],
  'cry-for-help': ['violence'],
  'threat-to-life': ['violence', 'suicide'],
  unconscious: ['unresponsive'],
  'child-alone': [],
  fire: [],
};

/** The advice lines for these kinds, each once, in a fixed order. */
export function dangerAdvice(kinds: readonly DangerKind[]): Advice[] {
  const wanted = new Set(kinds.flatMap((kind) => ADVICE[kind]));
  return (['unresponsive', 'suicide', 'violence'] as const).filter((a) => wanted.has(a));
}

/**
 * A knowledge topic as an answer card: short answer, what to do next, phone buttons, related topics, sources,
 * and at the end 112 for danger and Veilig Thuis for advice.
 * @remarks The danger topic leads with "Direct gevaar? Bel 112." and the 112 button, before anything else; a
 * possible danger leads with "Is iemand nu in gevaar? Bel 112." Under the danger line, advice that fits the kinds
 * of danger (own safety, the operator's instructions, 113). Cards are expanded once per topic, language,
 * related topics and line, then reused.
 */
export function topicCard(
  topic: Topic,
  related: readonly Topic[],
  lang: Lang,
  options: TopicCardOptions = {},
): AdaptiveCardJson {
  const possible = options.possibleDanger === true && topic.id !== DANGER_TOPIC;
  const advice = topic.id === DANGER_TOPIC ? dangerAdvice(options.dangerKinds ?? []) : [];
  const key = `${topic.id}:${lang}:${related.map((r) => r.id).join(',')}:${possible ? 'possible' : ''}:${advice.join('+')}`;
  return memoJson(key, () => build(topic, related, lang, possible, advice));
}

function build(
  topic: Topic,
  related: readonly Topic[],
  lang: Lang,
  possible: boolean,
  advice: readonly Advice[],
): AdaptiveCardJson {
  const t = TEXTS[lang];
  const urgent = topic.id === DANGER_TOPIC;
  // 112 is the card's one primary button. On the danger card, and under the possible-danger line, it sits at the
  // top, where a thumb finds it before scrolling, so it is not repeated at the end.
  const calls = [...topic.calls]
    .sort((a, b) => Number(b === '112') - Number(a === '112'))
    .filter((n) => !((urgent || possible) && n === '112'))
    .map((n) => ({ title: t.callLabels[n], url: telUrl(n), style: n === '112' ? 'positive' : 'default' }));
  const sources = topic.sources.filter((s) => !INTERNAL_SOURCE.test(s));
  return expandCard('topic', {
    lang,
    urgent,
    urgentText: t.dangerLine,
    advice: advice.map((a) => t.dangerAdvice[a]),
    possible,
    possibleLine: t.possibleDangerLine,
    call112: t.call112,
    title: topic.title[lang],
    summary: topic.summary[lang],
    // A line that starts like "1. " would become a Markdown list that Teams numbers anew.
    points: topic.body[lang].map((line) => `• ${line.replace(/^(\d+)\.\s+/, '$1 – ')}`),
    sources: sources.length ? `${t.sources}: ${sources.join('; ')}` : '',
    footer: t.footer,
    // The danger card stays about danger only.
    feedback: !urgent,
    feedbackQuestion: t.feedback.question,
    feedbackYes: t.feedback.yes,
    feedbackNo: t.feedback.no,
    feedbackVerb: ANSWER_FEEDBACK,
    topicId: topic.id,
    links: calls,
    buttons: (related.length ? topicButtons(lang, related) : homeButtons(lang, topic.id)).slice(
      0,
      MAX_ACTIONS - calls.length,
    ),
  });
}
