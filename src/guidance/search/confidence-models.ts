// Written by `npm run fit:confidence` (bench/qa/fit-confidence.ts): do not edit by hand. Fit again after the
// knowledge base, the analyzer or the ranking changes.
import type { ConfidenceModel } from './answer-confidence';

/** The confidence model of each search engine, fitted on the evaluation parts it names. */
export const CONFIDENCE_MODELS: Record<'minisearch' | 'orama', ConfidenceModel> = {
  minisearch: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.761453, 0.304302, 4.82621, 0.863619, 0.104441, 1.43679],
    scales: [0.307646, 0.259516, 1.46153, 0.263586, 0.223207, 0.393862],
    weights: [0.698048, 0.54059, 1.47551, 0.12925, -0.538226, -0.266167],
    bias: 1.71527,
    threshold: 0.55,
  },
  orama: {
    fittedOn: ['tune', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'],
    means: [0.718179, 0.311765, 2.90033, 0.863619, 0.104441, 1.43679],
    scales: [0.336227, 0.334764, 0.764421, 0.263586, 0.223207, 0.393862],
    weights: [1.10162, 1.22252, 0.736583, 0.0957125, -0.314119, 0.119482],
    bias: 1.16656,
    threshold: 0.37,
  },
};
