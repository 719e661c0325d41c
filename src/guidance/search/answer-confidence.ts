/**
 * What one search says about its best topic: the ground for answering with that topic or falling back.
 * @remarks Counts and scores only, never a word of the question.
 */
export interface SearchEvidence {
  /** How much of the question the best topic covers, 0-1 (see `Vocabulary.coverage`). */
  coverage: number;
  /** The same for the next topic in the order, 0 when there is none. */
  runnerUp: number;
  /** The search engine's score of the best topic. */
  score: number;
  /** How many terms were searched for. */
  terms: number;
  /** Terms the knowledge base has exactly. */
  known: number;
  /** Terms the knowledge base has nothing of, not even a typo or a prefix away. */
  unknown: number;
}

/**
 * A logistic model of "the best topic is the right answer", fitted on part of the evaluation set by
 * `npm run fit:confidence` (bench/qa/fit-confidence.ts), which also chooses the threshold.
 */
export interface ConfidenceModel {
  /** The evaluation parts it was fitted on; the other parts stay unseen by it. */
  fittedOn: readonly string[];
  /** Per feature (see {@link evidenceFeatures}): the mean and spread it is standardised with, and its weight. */
  means: readonly number[];
  scales: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Answer with the best topic from this confidence on; below it, the fallback. */
  threshold: number;
}

/** The names of the features, in the order of {@link evidenceFeatures}. */
export const FEATURE_NAMES = [
  'coverage',
  'lead over the runner-up',
  'log(1 + engine score)',
  'share of known terms',
  'share of unknown terms',
  'log(1 + terms)',
] as const;

/** The features the model reads, in the order of {@link FEATURE_NAMES}. */
export function evidenceFeatures(e: SearchEvidence): number[] {
  const terms = Math.max(e.terms, 1);
  return [
    e.coverage,
    e.coverage - e.runnerUp,
    Math.log1p(e.score),
    e.known / terms,
    e.unknown / terms,
    Math.log1p(e.terms),
  ];
}

/** The model's confidence (0-1) that the best topic answers the question; 0 when nothing was searched for. */
export function confidenceOf(model: ConfidenceModel, e: SearchEvidence): number {
  return e.terms === 0 ? 0 : probabilityOf(model, evidenceFeatures(e));
}

/** The model's estimate (0-1) for features as {@link evidenceFeatures} gives them. */
export function probabilityOf(
  model: Pick<ConfidenceModel, 'means' | 'scales' | 'weights' | 'bias'>,
  features: readonly number[],
): number {
  const z = features.reduce(
    (sum, x, i) => sum + (model.weights[i] ?? 0) * ((x - (model.means[i] ?? 0)) / (model.scales[i] ?? 1)),
    model.bias,
  );
  return 1 / (1 + Math.exp(-z));
}
