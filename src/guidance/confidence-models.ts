// Written by `npm run fit:confidence` (bench/qa/fit-confidence.ts): do not edit by hand. Fit again after the
// knowledge base, the analyzer or the ranking changes.
import type { ConfidenceModel } from './answer-confidence';

/** The confidence model of each search engine, fitted on the evaluation parts it names. */
export const CONFIDENCE_MODELS: Record<'minisearch' | 'orama', ConfidenceModel> = {
  minisearch: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.744186, 0.310098, 4.76615, 0.859557, 0.109808, 1.43575],
    scales: [0.310288, 0.262555, 1.4626, 0.267072, 0.228099, 0.393331],
    weights: [0.704041, 0.429223, 1.54686, 0.0920412, -0.587158, -0.305915],
    bias: 1.68308,
    threshold: 0.57,
  },
  orama: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.703506, 0.322291, 2.88634, 0.859557, 0.109808, 1.43575],
    scales: [0.337885, 0.335696, 0.760122, 0.267072, 0.228099, 0.393331],
    weights: [1.40054, 1.13137, 0.980096, -0.0963164, -0.254017, 0.0198194],
    bias: 1.25284,
    threshold: 0.36,
  },
};
