import { DANGER_TOPIC, type Topic } from '../topic';
import type { ComposedAnswer } from './model-answerer';

/**
 * The retrieved topics a language model may word an answer from: all but the danger topic.
 * @remarks The danger card leads with 112 and is never reworded, also when the danger topic is only related to the
 * best topic ("wat moet ik doen als het gevaarlijk wordt bij een huisbezoek" finds it beside achter-de-voordeur).
 */
export function topicsForModel(retrieved: readonly Topic[]): Topic[] {
  return retrieved.filter((topic) => topic.id !== DANGER_TOPIC);
}

/**
 * Whether a composed answer cites a topic it may not word; the caller then sends the normal topic card.
 * @remarks {@link topicsForModel} keeps the danger topic from the model and `readCompletion` refuses a topic the
 * model was not given; this holds for any `ModelAnswerer`, whatever it was given.
 */
export function citesNeverReworded(answer: ComposedAnswer): boolean {
  return answer.kind === 'answer' && answer.cited.some((topic) => topic.id === DANGER_TOPIC);
}
