import type { Lang } from '../lang';
import type { Topic } from '../topic';

/**
 * What the language model made of a question: an answer worded from the retrieved topics, naming the topics it
 * used (all among those it was given), or its verdict that those topics do not answer the question.
 */
export type ComposedAnswer =
  | {
      kind: 'answer';
      /**
       * The model's text, checked (best effort, see `readCompletion`): no numbers but the service numbers and the
       * topics' own, nothing shaped like a link, no personal data, no promise of secrecy, grounded in the cited topics.
       */
      text: string;
      /** The topics the text cites, first the main one; never empty, never a topic it was not given. */
      cited: readonly Topic[];
    }
  | { kind: 'out-of-scope' };

/**
 * Words an answer from a few retrieved topics with a language model.
 * @remarks Optional: Voordeur answers with the topic card when there is none. Callers decide what may reach the
 * model (never a message with danger or personal data in it); an implementation sends only the question and the
 * given topics, logs ids and outcomes only, and never throws.
 */
export interface ModelAnswerer {
  /**
   * @param question the message, without mentions
   * @param lang the language to answer in
   * @param topics the retrieved topics, best first: the only knowledge the model gets
   * @returns the composed answer, or `undefined` when the model failed, timed out or answered something unusable
   */
  compose(question: string, lang: Lang, topics: readonly Topic[]): Promise<ComposedAnswer | undefined>;
}
