import { readCompletion, type Guidance } from '../../guidance';
import type { AdaptiveCardJson } from './expand-card';
import type { FeedbackState } from './feedback-section';
import { modelAnswerCard } from './model-answer-card';
import { topicCard } from './topic-card';
import type { AnswerView } from './verbs';

/**
 * The answer card a feedback button was pressed on, built again in the feedback's next state; undefined when it
 * cannot be: an unknown topic, or a language model's text that does not pass the checks a fresh reply must pass.
 * @remarks The text travels in the card's own button data, so a forged press can carry anything: it is read as a
 * model's reply is (`readCompletion`: numbers, links, personal data, secrecy, grounding in the cited topics).
 */
export function answerCardAgain(
  guidance: Pick<Guidance, 'topic' | 'related'>,
  topicId: string,
  view: AnswerView,
  feedback: FeedbackState,
): AdaptiveCardJson | undefined {
  const topic = guidance.topic(topicId);
  if (!topic) return undefined;
  if (view.card === 'topic') {
    return topicCard(topic, guidance.related(topic), view.lang, {
      possibleDanger: view.possible,
      actionsFirst: view.actionsFirst,
      feedback,
    });
  }
  const cited = view.cited.map((id) => guidance.topic(id));
  if (cited[0]?.id !== topicId || cited.some((t) => t === undefined)) return undefined;
  const checked = readCompletion(
    JSON.stringify({ answer: view.text, topics: view.cited }),
    cited.flatMap((t) => t ?? []),
    view.lang,
  );
  if (!checked.ok || checked.answer.kind !== 'answer') return undefined;
  const { text } = checked.answer;
  return modelAnswerCard({
    text,
    cited: checked.answer.cited,
    related: guidance.related(topic),
    lang: view.lang,
    feedback,
  });
}
