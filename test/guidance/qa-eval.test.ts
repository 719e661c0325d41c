import { loadEvalSet, type EvalPart } from '../../bench/qa/eval-set';
import { evaluateQa, type QaFigures } from '../../bench/qa/evaluate-qa';
import { createGuidance, loadKnowledge } from '../../src/guidance';

// Floors a little under what `npm run bench:qa` measured when they were set (MiniSearch, threshold 0.45):
// top-1 92.3 / 87.5 / 75.4 %, top-3 99.2 / 98.4 / 93.8 %, fallback recall 94.3 / 88.9 / 88.9 % for the tuning,
// held-out and fresh parts; danger recall and precision 100 % on all three. Raise them when the figures rise.
const FLOORS: Record<EvalPart, { top1: number; top3: number; fallbackRecall: number }> = {
  tune: { top1: 0.9, top3: 0.95, fallbackRecall: 0.9 },
  holdout: { top1: 0.85, top3: 0.95, fallbackRecall: 0.85 },
  fresh: { top1: 0.72, top3: 0.9, fallbackRecall: 0.85 },
};

const guidance = createGuidance(loadKnowledge());
const figures = (part: EvalPart): QaFigures => {
  const items = loadEvalSet(part);
  return evaluateQa(
    items,
    items.map((i) => guidance.answer(i.text, i.locale)),
  );
};

describe.each(['tune', 'holdout', 'fresh'] as const)('the %s part of the QA evaluation set', (part) => {
  const f = figures(part);

  it('has the right topic first often enough, and among the first three', () => {
    expect(f.top1.value).toBeGreaterThanOrEqual(FLOORS[part].top1);
    expect(f.top3.value).toBeGreaterThanOrEqual(FLOORS[part].top3);
  });

  it('misses no danger, and raises few false alarms', () => {
    expect(f.dangerRecall.value).toBe(1);
    expect(f.dangerPrecision.value).toBeGreaterThanOrEqual(0.9);
  });

  it('falls back on questions outside the meldcode', () => {
    expect(f.fallbackRecall.value).toBeGreaterThanOrEqual(FLOORS[part].fallbackRecall);
  });

  it('spots every piece of personal data and flags nothing else', () => {
    expect(f.privacyRecall.value).toBe(1);
    expect(f.privacyFalseAlarms.hits).toBe(0);
  });
});

describe('the QA evaluation set', () => {
  it('has at least 150 questions, Dutch and English, in and out of scope, with danger', () => {
    const items = (['tune', 'holdout', 'fresh'] as const).flatMap((part) => loadEvalSet(part));
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.locale.startsWith('en')).length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.expect === 'fallback').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.danger).length).toBeGreaterThanOrEqual(30);
  });

  it('only expects topics that exist', () => {
    const ids = new Set(guidance.topics.map((t) => t.id));
    const items = (['tune', 'holdout', 'fresh'] as const).flatMap((part) => loadEvalSet(part));
    expect(items.filter((i) => i.expect !== 'fallback' && !ids.has(i.expect))).toEqual([]);
  });
});
