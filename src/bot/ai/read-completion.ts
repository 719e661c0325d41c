import { z } from 'zod';
import { digitsOf, findPhoneNumbers, SERVICE_NUMBERS } from '../../guidance/phone-numbers';
import { createPrivacyGuard } from '../../guidance/privacy-guard';
import type { Topic } from '../../guidance/topic';
import type { ComposedAnswer } from './model-answerer';

/** Longer than the prompt asks for (about 120 words): a model that runs on is not following the rules. */
export const MAX_ANSWER_CHARS = 1500;

const completionSchema = z.union([
  z.object({ outOfScope: z.literal(true) }),
  z.object({
    answer: z.string().trim().min(1).max(MAX_ANSWER_CHARS),
    topics: z.array(z.string()).min(1).max(5),
  }),
]);

/** Why a completion cannot be shown. */
export type CompletionProblem = 'not-json' | 'unknown-topic' | 'unsafe-content';

export type CompletionVerdict =
  { ok: true; answer: ComposedAnswer } | { ok: false; problem: CompletionProblem };

const SERVICE_DIGITS = new Set(SERVICE_NUMBERS.map(digitsOf));
const LINK = /\bhttps?:\/\/|\bwww\./i;
const guard = createPrivacyGuard();
const FENCE = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i;

/**
 * Reads the model's reply and checks it before anyone sees it.
 * @param content the completion text: one JSON object, `{"answer": …, "topics": [ids]}` or `{"outOfScope": true}`
 * @param given the topics the model was given; a cited id outside them means it used something else
 * @remarks A reply is refused when it is not that JSON, cites an unknown topic, or holds what the knowledge base
 * never says: a phone number other than the service numbers (a made-up helpline is dangerous), a link, or
 * personal data. The caller then shows the topic card, so a refusal costs the reader nothing.
 */
export function readCompletion(content: string, given: readonly Topic[]): CompletionVerdict {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(FENCE, '$1'));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not-json' };
  const reply = parsed.data;
  if ('outOfScope' in reply) return { ok: true, answer: { kind: 'out-of-scope' } };

  const byId = new Map(given.map((t) => [t.id, t]));
  const cited: Topic[] = [];
  for (const id of new Set(reply.topics.map((t) => t.trim()))) {
    const topic = byId.get(id);
    if (!topic) return { ok: false, problem: 'unknown-topic' };
    cited.push(topic);
  }
  const text = reply.answer;
  const strangeNumber = findPhoneNumbers(text).some((n) => !SERVICE_DIGITS.has(n));
  if (strangeNumber || LINK.test(text) || guard.check(text).length > 0) {
    return { ok: false, problem: 'unsafe-content' };
  }
  return { ok: true, answer: { kind: 'answer', text, cited } };
}
