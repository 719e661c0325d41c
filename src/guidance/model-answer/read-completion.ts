import { z } from 'zod';
import type { Lang } from '../lang';
import type { Topic } from '../topic';
import { findUngroundedSentence } from './grounding';
import type { ComposedAnswer } from './model-answerer';
import { hasUnsafeClaim } from './unsafe-claims';
import { hasUnsafeContent } from './unsafe-content';

/** Longer than the prompt asks for (about 120 words): a model that runs on is not following the rules. */
export const MAX_ANSWER_CHARS = 1500;

const completionSchema = z.union([
  z.object({ outOfScope: z.literal(true) }),
  z.object({
    answer: z.string().trim().min(1).max(MAX_ANSWER_CHARS),
    topics: z.array(z.string()).min(1).max(5),
  }),
]);

/**
 * Why a completion cannot be shown: not the JSON asked for, a topic it was not given, a number, link or personal
 * data ({@link hasUnsafeContent}), a promise of secrecy or "no need to report" ({@link hasUnsafeClaim}), or a
 * sentence the cited topics do not say ({@link findUngroundedSentence}).
 */
export type CompletionProblem =
  'not-json' | 'unknown-topic' | 'unsafe-content' | 'unsafe-claim' | 'ungrounded';

export type CompletionVerdict =
  { ok: true; answer: ComposedAnswer } | { ok: false; problem: CompletionProblem };

// Invisible characters (bidi overrides, zero-width spaces) and control characters other than the line break.
const INVISIBLE = /[\p{Cf}\p{Co}]|(?!\n)\p{Cc}/gu;
const FENCE = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i;

/**
 * Reads the model's reply and checks it before anyone sees it.
 * @param content the completion text: one JSON object, `{"answer": …, "topics": [ids]}` or `{"outOfScope": true}`
 * @param given the topics the model was given; a cited id outside them means it used something else
 * @param lang the language the answer was asked in, for the grounding check
 * @remarks A reply is refused when it is not that JSON, cites an unknown topic, or holds what the knowledge base
 * never says: a number other than the service numbers and the topics' own, a link, personal data, a promise of
 * secrecy, "you need not report", or a sentence whose words the cited topics mostly do not have. The checks are
 * best effort, on words not meaning; the caller then shows the topic card, so a refusal costs the reader nothing.
 * The text returned is the one checked, without invisible characters.
 */
export function readCompletion(content: string, given: readonly Topic[], lang: Lang): CompletionVerdict {
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
  const text = reply.answer
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .trim();
  if (!text) return { ok: false, problem: 'not-json' };
  if (hasUnsafeContent(text, given)) return { ok: false, problem: 'unsafe-content' };
  if (hasUnsafeClaim(text)) return { ok: false, problem: 'unsafe-claim' };
  if (findUngroundedSentence(text, cited, lang) !== undefined) return { ok: false, problem: 'ungrounded' };
  return { ok: true, answer: { kind: 'answer', text, cited } };
}
