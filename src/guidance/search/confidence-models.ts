// Written by `npm run fit:confidence` (bench/qa/fit-confidence.ts): do not edit by hand. Fit again after the
// knowledge base, the analyzer or the ranking changes.
import type { ConfidenceModel } from './answer-confidence';

/** The confidence model of each search engine, fitted on the evaluation parts it names. */
export const CONFIDENCE_MODELS: Record<'minisearch' | 'orama', ConfidenceModel> = {
  minisearch: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.761029, 0.31112, 4.81553, 0.863035, 0.105025, 1.43679],
    scales: [0.307956, 0.260076, 1.4603, 0.26439, 0.224238, 0.393862],
    weights: [0.6746, 0.562276, 1.46045, 0.133144, -0.532859, -0.261973],
    bias: 1.71695,
    threshold: 0.56,
  },
  orama: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.719513, 0.322901, 2.8912, 0.863035, 0.105025, 1.43679],
    scales: [0.333687, 0.331596, 0.761604, 0.26439, 0.224238, 0.393862],
    weights: [1.10787, 1.25816, 0.874734, 0.0999421, -0.250393, 0.0209012],
    bias: 1.28552,
    threshold: 0.38,
  },
};
