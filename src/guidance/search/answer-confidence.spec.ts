import { confidenceOf, type SearchEvidence } from './answer-confidence';
import { CONFIDENCE_MODELS } from './confidence-models';

describe('the confidence model', () => {
  const model = CONFIDENCE_MODELS.minisearch;
  const typical: SearchEvidence = { coverage: 0.7, runnerUp: 0.3, score: 60, terms: 4, known: 3, unknown: 1 };

  it('is surer the more of the question the best topic covers, and the further it leads', () => {
    const at = (e: Partial<SearchEvidence>) => confidenceOf(model, { ...typical, ...e });
    expect(at({ coverage: 0.9 })).toBeGreaterThan(at({ coverage: 0.5 }));
    expect(at({ runnerUp: 0.1 })).toBeGreaterThan(at({ runnerUp: 0.6 }));
    expect(at({ unknown: 0 })).toBeGreaterThan(at({ unknown: 3 }));
  });

  it('answers a question that is all the topic, and falls back on one it does not know', () => {
    const full = { coverage: 1, runnerUp: 0.2, score: 120, terms: 2, known: 2, unknown: 0 };
    expect(confidenceOf(model, full)).toBeGreaterThanOrEqual(model.threshold);
    const strange = { coverage: 0.1, runnerUp: 0.05, score: 4, terms: 4, known: 1, unknown: 3 };
    expect(confidenceOf(model, strange)).toBeLessThan(model.threshold);
    expect(confidenceOf(model, { ...full, terms: 0, known: 0 })).toBe(0);
  });

  it('was fitted on named parts and leaves the later blind parts unseen', () => {
    for (const m of Object.values(CONFIDENCE_MODELS)) {
      expect(m.fittedOn).toContain('tune');
      expect(m.fittedOn).not.toContain('fresh5');
      expect(m.weights).toHaveLength(m.means.length);
    }
  });
});
