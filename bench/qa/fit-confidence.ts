// `npm run fit:confidence`: fits the confidence model of each search engine (src/guidance/search/answer-confidence.ts) on
// the training parts of the evaluation set, chooses its threshold, prints how it does on every part (the parts it
// was not fitted on, and each training part when fitted without it), and writes src/guidance/search/confidence-models.ts.
// Options: --check (print only; write nothing).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGuidance, loadKnowledge } from '../../src/guidance';
import { ENGINES } from './engines';
import {
  evidenceFeatures,
  FEATURE_NAMES,
  probabilityOf,
  type ConfidenceModel,
} from '../../src/guidance/search/answer-confidence';
import { EVAL_PARTS, loadEvalSet, type EvalPart } from './eval-set';

/** The parts the models are fitted on. The others (written blind later) stay unseen, to measure them honestly. */
export const TRAINING_PARTS: readonly EvalPart[] = ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'];

/** The least share of out-of-scope questions the threshold must send to the fallback, on the training parts. */
const MIN_FALLBACK_RECALL = 0.9;

const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const root = path.resolve(__dirname, '../..');
const topics = loadKnowledge(path.join(root, 'knowledge'));

/** One question the search answered (danger is answered before any search and left out). */
interface Sample {
  part: EvalPart;
  x: number[];
  /** The best topic is the expected one. */
  right: boolean;
  inScope: boolean;
}

const NEUTRAL: ConfidenceModel = {
  fittedOn: [],
  means: FEATURE_NAMES.map(() => 0),
  scales: FEATURE_NAMES.map(() => 1),
  weights: FEATURE_NAMES.map(() => 0),
  bias: 0,
  threshold: 0,
};

function samplesOf(engine: keyof typeof ENGINES): Sample[] {
  // Threshold 0: every search answers with its best topic, so each sample says whether that topic was right.
  const guidance = createGuidance(topics, {
    engine: ENGINES[engine],
    confidenceModel: NEUTRAL,
    threshold: 0,
  });
  return EVAL_PARTS.flatMap((part) =>
    loadEvalSet(part).flatMap((item) => {
      const answer = guidance.answer(item.text, item.locale);
      if (!answer.evidence) return [];
      return [
        {
          part,
          x: evidenceFeatures(answer.evidence),
          right: answer.topic?.id === item.expect,
          inScope: item.expect !== 'fallback',
        },
      ];
    }),
  );
}

/** Logistic regression by gradient descent on standardised features, with a little L2: deterministic. */
function fit(samples: readonly Sample[]): Omit<ConfidenceModel, 'threshold' | 'fittedOn'> {
  const n = samples.length;
  const k = FEATURE_NAMES.length;
  const means = Array.from({ length: k }, (_, j) => samples.reduce((s, x) => s + x.x[j]!, 0) / n);
  const scales = means.map((m, j) => Math.sqrt(samples.reduce((s, x) => s + (x.x[j]! - m) ** 2, 0) / n) || 1);
  const z = samples.map((s) => s.x.map((v, j) => (v - means[j]!) / scales[j]!));
  const weights = new Array<number>(k).fill(0);
  let bias = 0;
  for (let step = 0; step < 4000; step += 1) {
    const grad = new Array<number>(k).fill(0);
    let gradBias = 0;
    z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * weights[j]!, bias)));
      const error = p - (samples[i]!.right ? 1 : 0);
      row.forEach((v, j) => (grad[j]! += (error * v) / n));
      gradBias += error / n;
    });
    for (let j = 0; j < k; j += 1) weights[j]! -= 0.5 * (grad[j]! + 0.01 * weights[j]!);
    bias -= 0.5 * gradBias;
  }
  return { means, scales, weights, bias };
}

/** Top-1 over in-scope questions and fallback recall over out-of-scope ones, for answers from `threshold` on. */
function figures(samples: readonly Sample[], p: readonly number[], threshold: number) {
  let right = 0;
  let inScope = 0;
  let fellBack = 0;
  let outOfScope = 0;
  samples.forEach((s, i) => {
    const answered = p[i]! >= threshold;
    if (s.inScope) {
      inScope += 1;
      if (answered && s.right) right += 1;
    } else {
      outOfScope += 1;
      if (!answered) fellBack += 1;
    }
  });
  return { top1: inScope ? right / inScope : 1, fallbackRecall: outOfScope ? fellBack / outOfScope : 1 };
}

/** The threshold with the most right topics among those that fall back on enough out-of-scope questions. */
function chooseThreshold(samples: readonly Sample[], p: readonly number[]): number {
  let best = { threshold: 0.5, top1: -1 };
  for (let t = 30; t <= 80; t += 1) {
    const f = figures(samples, p, t / 100);
    if (f.fallbackRecall >= MIN_FALLBACK_RECALL && f.top1 > best.top1)
      best = { threshold: t / 100, top1: f.top1 };
  }
  return best.threshold;
}

function fitted(samples: readonly Sample[]): ConfidenceModel {
  const model = fit(samples);
  const threshold = chooseThreshold(
    samples,
    samples.map((s) => probabilityOf(model, s.x)),
  );
  return { fittedOn: [...TRAINING_PARTS], ...model, threshold };
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
const models: Record<string, ConfidenceModel> = {};
for (const engine of Object.keys(ENGINES) as (keyof typeof ENGINES)[]) {
  const samples = samplesOf(engine);
  const training = samples.filter((s) => TRAINING_PARTS.includes(s.part));
  const model = fitted(training);
  models[engine] = model;
  console.log(`\n${engine}: fitted on ${training.length} questions, threshold ${model.threshold}`);
  console.log(`  ${'part'.padEnd(9)} ${'top-1'.padStart(7)} ${'fallback recall'.padStart(16)}  (model)`);
  for (const part of EVAL_PARTS) {
    const own = samples.filter((s) => s.part === part);
    // A training part is judged by a model fitted without it; the other parts by the model itself.
    const judge = TRAINING_PARTS.includes(part) ? fitted(training.filter((s) => s.part !== part)) : model;
    const f = figures(
      own,
      own.map((s) => probabilityOf(judge, s.x)),
      judge.threshold,
    );
    const how = TRAINING_PARTS.includes(part)
      ? `fitted without it, threshold ${judge.threshold}`
      : 'not fitted on';
    console.log(`  ${part.padEnd(9)} ${pct(f.top1)} ${pct(f.fallbackRecall).padStart(16)}  (${how})`);
  }
}

const round = (v: number) => Number(v.toPrecision(6));
const source = `// Written by \`npm run fit:confidence\` (bench/qa/fit-confidence.ts): do not edit by hand. Fit again after the
// knowledge base, the analyzer or the ranking changes.
import type { ConfidenceModel } from './answer-confidence';

/** The confidence model of each search engine, fitted on the evaluation parts it names. */
export const CONFIDENCE_MODELS: Record<'minisearch' | 'orama', ConfidenceModel> = ${JSON.stringify(
  Object.fromEntries(
    Object.entries(models).map(([engine, m]) => [
      engine,
      {
        ...m,
        means: m.means.map(round),
        scales: m.scales.map(round),
        weights: m.weights.map(round),
        bias: round(m.bias),
      },
    ]),
  ),
  null,
  2,
)};
`;
if (!args.check) {
  const file = path.join(root, 'src/guidance/search/confidence-models.ts');
  writeFileSync(file, source);
  console.log(`\nwrote ${path.relative(root, file)} (run prettier on it)`);
}
