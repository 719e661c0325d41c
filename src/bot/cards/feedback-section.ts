import { FEEDBACK_REASONS } from '../../guidance';
import type { Lang } from '../locale';
import { executeAction } from '../see-something/cards';
import { TEXTS } from './texts';
import { ANSWER_FEEDBACK, type AnswerView, FEEDBACK_REASON } from './verbs';

/** Where the "had je hier iets aan?" part of an answer card is: asking, asking why not, or done. */
export type FeedbackState = { step: 'ask' } | { step: 'reason'; id: string } | { step: 'thanks' };

/** The template data of the feedback part: its line, an optional note, and its buttons. */
export interface FeedbackSection {
  feedbackText: string;
  feedbackNote: string;
  feedbackHasActions: boolean;
  feedbackActions: Record<string, unknown>[];
}

/**
 * The feedback part of an answer card in a given state. Its buttons are `Action.Execute` (Teams puts the updated
 * card in place of this one, so nothing can be pressed twice) with an `Action.Submit` fallback; each carries what
 * is needed to build the card again.
 * @remarks A language model's text would make four copies of itself in the buttons' data: only the `Action.Execute`
 * buttons carry it, so the card stays well under Teams' size limit. The `Action.Submit` fallback of a model card
 * records the verdict and thanks in a message of its own, as before.
 */
export function feedbackSection(
  lang: Lang,
  topicId: string,
  view: AnswerView,
  state: FeedbackState,
): FeedbackSection {
  const t = TEXTS[lang].feedback;
  if (state.step === 'thanks') {
    return { feedbackText: t.thanks, feedbackNote: '', feedbackHasActions: false, feedbackActions: [] };
  }
  if (state.step === 'reason') {
    return {
      feedbackText: t.reasonTitle,
      feedbackNote: t.reasonBody,
      feedbackHasActions: true,
      feedbackActions: FEEDBACK_REASONS.map((reason) =>
        button(t.reasons[reason], { verb: FEEDBACK_REASON, id: state.id, reason, topic: topicId }, view),
      ),
    };
  }
  const verdict = (helpful: boolean) =>
    button(helpful ? t.yes : t.no, { verb: ANSWER_FEEDBACK, topic: topicId, helpful }, view);
  return {
    feedbackText: t.question,
    feedbackNote: '',
    feedbackHasActions: true,
    feedbackActions: [verdict(true), verdict(false)],
  };
}

/** A feedback button; a model card's text rides only on the `Action.Execute`, not on its fallback. */
function button(title: string, data: { verb: string } & Record<string, unknown>, view: AnswerView) {
  const action = executeAction(title, { ...data, view });
  if (view.card !== 'model') return action;
  return { ...action, fallback: { type: 'Action.Submit', title, data } };
}
