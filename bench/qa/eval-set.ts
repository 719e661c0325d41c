import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The folder with the evaluation set: `tune.json` (used to tune synonyms, stop words and the threshold),
 * `holdout.json` (split off before tuning, never tuned on), `fresh.json` (written after tuning was frozen) and
 * `fresh2.json` and `fresh3.json` (written blind before two later rounds of tuning; see the README there), and
 * `fresh4.json`, `fresh5.json` and `fresh6.json` (written blind by someone who did not tune).
 */
export const EVAL_DIR = path.resolve(__dirname, '../../test/fixtures/qa-eval');

const item = z
  .object({
    text: z.string(),
    locale: z.string(),
    expect: z.string().min(1),
    danger: z.boolean(),
    privacy: z.boolean().optional(),
    /** Speaks of violence, weapons, self-harm … without the signs of "now" (the blind graded sets). */
    possible: z.boolean().optional(),
  })
  .strict();

/** One question as staff would type it, with what Voordeur should do with it. */
export type EvalItem = z.infer<typeof item>;

/** The parts of the evaluation set. */
export type EvalPart =
  | 'tune'
  | 'holdout'
  | 'fresh'
  | 'fresh2'
  | 'fresh3'
  | 'fresh4'
  | 'fresh5'
  | 'fresh6'
  | 'danger'
  | 'danger2'
  | 'danger3'
  | 'danger4';

/** Every part, in the order the bench prints them. */
export const EVAL_PARTS: readonly EvalPart[] = [
  'tune',
  'holdout',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'danger',
  'danger2',
  'danger3',
  'danger4',
];

/** Reads one part of the evaluation set. */
export function loadEvalSet(part: EvalPart, dir: string = EVAL_DIR): EvalItem[] {
  return z.array(item).parse(JSON.parse(readFileSync(path.join(dir, `${part}.json`), 'utf8')));
}

/** The blind sets of round 2 (graded danger, privacy), kept apart from the parts the confidence model knows. */
export const BLIND_DIR = path.resolve(__dirname, '../../test/fixtures/qa-eval-blind');

/** Reads one of the blind sets in {@link BLIND_DIR}. */
export function loadBlindSet(name: 'danger-graded' | 'danger-graded-2' | 'privacy'): EvalItem[] {
  return loadEvalSet(name as EvalPart, BLIND_DIR);
}
