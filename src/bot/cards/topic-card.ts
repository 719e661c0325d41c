import { telUrl, type Topic, DANGER_TOPIC } from '../../guidance';
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
}

/**
 * A knowledge topic as an answer card: short answer, what to do next, phone buttons, related topics, sources,
 * and at the end 112 for danger and Veilig Thuis for advice.
 * @remarks The danger topic leads with "Direct gevaar? Bel 112." and the 112 button, before anything else; a
 * possible danger leads with "Is iemand nu in gevaar? Bel 112." Cards are expanded once per topic, language,
 * related topics and line, then reused.
 */
export function topicCard(
  topic: Topic,
  related: readonly Topic[],
  lang: Lang,
  options: TopicCardOptions = {},
): AdaptiveCardJson {
  const possible = options.possibleDanger === true && topic.id !== DANGER_TOPIC;
  return memoJson(
    `${topic.id}:${lang}:${related.map((r) => r.id).join(',')}:${possible ? 'possible' : ''}`,
    () => build(topic, related, lang, possible),
  );
}

function build(topic: Topic, related: readonly Topic[], lang: Lang, possible: boolean): AdaptiveCardJson {
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
