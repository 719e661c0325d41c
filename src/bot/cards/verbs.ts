import { z } from 'zod';
import { FEEDBACK_REASONS, MAX_EDITOR_QUESTION, TOPIC_ID } from '../../guidance';
/** The verb of buttons that open a topic of the knowledge base. Shared by cards and routes. */
export const SHOW_TOPIC = 'topic.show';

/** The data of a {@link SHOW_TOPIC} button, as a card submit delivers it. Whether the topic exists is checked later. */
export const showTopicData = z.object({ verb: z.literal(SHOW_TOPIC), topic: z.string().regex(TOPIC_ID) });

/**
 * What an answer card needs to be built again, carried by its feedback buttons so that a press can update the card in
 * place: the topic card's options, or the language model's checked text and the topics it cites.
 * @remarks The model's text is checked again, as a fresh reply is, before a card shows it: a press can carry
 * anything.
 */
export const answerViewData = z.discriminatedUnion('card', [
  z.object({
    card: z.literal('topic'),
    lang: z.enum(['nl', 'en']),
    possible: z.boolean().optional(),
    actionsFirst: z.boolean().optional(),
  }),
  z.object({
    card: z.literal('model'),
    lang: z.enum(['nl', 'en']),
    cited: z.array(z.string().regex(TOPIC_ID)).min(1).max(3),
    text: z.string().min(1).max(2000),
  }),
]);
export type AnswerView = z.infer<typeof answerViewData>;

/** The verb of the "helpful / not helpful" buttons under an answer. */
export const ANSWER_FEEDBACK = 'answer.feedback';
/** `view` is absent on cards sent before the card updated itself in place. */
export const answerFeedbackData = z.object({
  verb: z.literal(ANSWER_FEEDBACK),
  topic: z.string().regex(TOPIC_ID),
  helpful: z.boolean(),
  view: answerViewData.optional(),
});

/** The verb of the reason buttons after "not helpful". */
export const FEEDBACK_REASON = 'answer.reason';
export const feedbackReasonData = z.object({
  verb: z.literal(FEEDBACK_REASON),
  id: z.string().uuid(),
  reason: z.enum(FEEDBACK_REASONS),
  topic: z.string().regex(TOPIC_ID).optional(),
  view: answerViewData.optional(),
});

/** The fallback's "send my question to the editors" button, and the form it opens. */
export const OFFER_QUESTION = 'question.offer';
/** The offer carries the question as asked (empty on cards sent before it did), for the form to open with. */
export const offerQuestionData = z.object({
  verb: z.literal(OFFER_QUESTION),
  question: z.string().max(MAX_EDITOR_QUESTION).optional().default(''),
});
export const SEND_QUESTION = 'question.send';
export const sendQuestionData = z.object({
  verb: z.literal(SEND_QUESTION),
  question: z.string().trim().min(1).max(MAX_EDITOR_QUESTION),
});
