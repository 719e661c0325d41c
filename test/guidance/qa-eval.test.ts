import { EVAL_PARTS, loadEvalSet, type EvalPart } from '../../bench/qa/eval-set';
import { evaluateQa, type QaFigures } from '../../bench/qa/evaluate-qa';
import { createGuidance, loadKnowledge } from '../../src/guidance';

// Floors a little under what `npm run bench:qa` measured when they were set (MiniSearch, threshold 0.5), for the
// tuning, held-out, fresh, fresh-2, fresh-3 and fresh-4 parts: top-1 95.4 / 87.5 / 93.8 / 91.5 / 70.5 / 78.9 %,
// top-3 100 / 98.4 / 100 / 100 / 90.2 / 96.1 %, fallback recall 88.6 / 88.9 / 88.9 / 75.0 / 78.6 / 86.7 %; danger
// recall and precision 100 % on all six. fresh-4 was written blind and its search figures measured blind (80.3 % top-1
// at threshold 0.45) before the threshold was chosen (see test/fixtures/qa-eval/README.md). fresh-5 (written blind
// too): top-1 62.2 %, top-3 91.5 %, fallback recall 100 %. Raise the floors when the figures rise.
const FLOORS: Record<EvalPart, { top1: number; top3: number; fallbackRecall: number }> = {
  tune: { top1: 0.95, top3: 0.99, fallbackRecall: 0.88 },
  holdout: { top1: 0.87, top3: 0.98, fallbackRecall: 0.88 },
  fresh: { top1: 0.93, top3: 0.99, fallbackRecall: 0.88 },
  fresh2: { top1: 0.91, top3: 0.99, fallbackRecall: 0.74 },
  fresh3: { top1: 0.7, top3: 0.9, fallbackRecall: 0.78 },
  fresh4: { top1: 0.78, top3: 0.96, fallbackRecall: 0.86 },
  fresh5: { top1: 0.62, top3: 0.91, fallbackRecall: 1 },
};

const guidance = createGuidance(loadKnowledge());
const figures = (part: EvalPart): QaFigures => {
  const items = loadEvalSet(part);
  return evaluateQa(
    items,
    items.map((i) => guidance.answer(i.text, i.locale)),
  );
};

describe.each(EVAL_PARTS)('the %s part of the QA evaluation set', (part) => {
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
    const items = EVAL_PARTS.flatMap((part) => loadEvalSet(part));
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.locale.startsWith('en')).length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.expect === 'fallback').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.danger).length).toBeGreaterThanOrEqual(30);
  });

  it('only expects topics that exist', () => {
    const ids = new Set(guidance.topics.map((t) => t.id));
    const items = EVAL_PARTS.flatMap((part) => loadEvalSet(part));
    expect(items.filter((i) => i.expect !== 'fallback' && !ids.has(i.expect))).toEqual([]);
  });
});
