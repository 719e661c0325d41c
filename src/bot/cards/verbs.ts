import { z } from 'zod';
import { FEEDBACK_REASONS, MAX_EDITOR_QUESTION, TOPIC_ID } from '../../guidance';
/** The verb of buttons that open a topic of the knowledge base. Shared by cards and routes. */
export const SHOW_TOPIC = 'topic.show';

/** The data of a {@link SHOW_TOPIC} button, as a card submit delivers it. Whether the topic exists is checked later. */
export const showTopicData = z.object({ verb: z.literal(SHOW_TOPIC), topic: z.string().regex(TOPIC_ID) });

/** The verb of the "helpful / not helpful" buttons under an answer. */
export const ANSWER_FEEDBACK = 'answer.feedback';
export const answerFeedbackData = z.object({
  verb: z.literal(ANSWER_FEEDBACK),
  topic: z.string().regex(TOPIC_ID),
  helpful: z.boolean(),
});

/** The verb of the reason buttons after "not helpful". */
export const FEEDBACK_REASON = 'answer.reason';
export const feedbackReasonData = z.object({
  verb: z.literal(FEEDBACK_REASON),
  id: z.string().uuid(),
  reason: z.enum(FEEDBACK_REASONS),
});

/** The fallback's "send my question to the editors" button, and the form it opens. */
export const OFFER_QUESTION = 'question.offer';
export const SEND_QUESTION = 'question.send';
export const sendQuestionData = z.object({
  verb: z.literal(SEND_QUESTION),
  question: z.string().trim().min(1).max(MAX_EDITOR_QUESTION),
});
