import { z } from 'zod';
import { SERVICE_NUMBERS } from './phone-numbers';

const text = z.string().trim().min(1);
const bilingual = z.object({ nl: text, en: text }).strict();
const bilingualList = (min: number) =>
  z.object({ nl: z.array(text).min(min), en: z.array(text).min(min) }).strict();

/** A topic id: lower-case words joined by hyphens, the same as its file name. */
export const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One topic of the knowledge base, as stored in `knowledge/<id>.json`.
 * @remarks `title`, `summary`, `signs` and `body` are shown to people; `questions` and `synonyms` only feed the
 * search. A topic with `signs` (what someone may see or hear) is a _signals topic_: its `body` then says what to do,
 * and its card offers "ik zie iets". `calls` names the service numbers the answer offers as phone buttons.
 */
export const topicSchema = z
  .object({
    id: z.string().regex(TOPIC_ID, 'must be lower-case words joined by hyphens'),
    title: bilingual,
    summary: bilingual,
    body: bilingualList(1),
    signs: bilingualList(1).optional(),
    /** A short title for buttons that open the topic, where the title is too long for a narrow card. */
    button: z
      .object({ nl: text.max(30), en: text.max(30) })
      .strict()
      .optional(),
    questions: bilingualList(2),
    synonyms: bilingualList(1),
    calls: z.array(z.enum(SERVICE_NUMBERS)).default([]),
    related: z.array(z.string().regex(TOPIC_ID)).default([]),
    sources: z.array(text).min(1),
    lastReviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-01-31')
      .refine((d) => !Number.isNaN(Date.parse(d)), 'is not a real date'),
  })
  .strict();

/** A validated topic. */
export type Topic = z.infer<typeof topicSchema>;

/** The lines a topic shows under its summary, in one language: its signs (if any), then its body. */
export function shownLines(topic: Topic, lang: 'nl' | 'en'): string[] {
  return [...(topic.signs?.[lang] ?? []), ...topic.body[lang]];
}

/** The topics the welcome and help cards link to; the knowledge loader refuses a knowledge base without them. */
export const HOME_TOPICS = ['direct-gevaar', 'meldcode-stappen', 'wie-bel-ik'] as const;
export type HomeTopic = (typeof HOME_TOPICS)[number];

/** The topic whose card leads with "Bel 112": the answer to immediate danger. */
export const DANGER_TOPIC: HomeTopic = 'direct-gevaar';
