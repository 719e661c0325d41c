import { EVAL_PARTS, loadEvalSet, type EvalPart } from '../../bench/qa/eval-set';
import { evaluateQa, type QaFigures } from '../../bench/qa/evaluate-qa';
import { createGuidance, loadKnowledge } from '../../src/guidance';

// Floors a little under what `npm run bench:qa` measured when they were set (MiniSearch, threshold 0.45):
// top-1 96.9 / 93.8 / 93.8 / 84.5 / 52.5 %, top-3 100 / 98.4 / 98.5 / 95.8 / 91.8 %, fallback recall
// 91.4 / 88.9 / 100 / 83.3 / 85.7 % for the tuning, held-out, fresh, fresh-2 and fresh-3 parts; danger recall and
// precision 100 % on all five. Only fresh-3 was measured blind (see test/fixtures/qa-eval/README.md): its low top-1
// is the honest figure for questions worded in a way nobody tuned for. Raise the floors when the figures rise.
const FLOORS: Record<EvalPart, { top1: number; top3: number; fallbackRecall: number }> = {
  tune: { top1: 0.96, top3: 0.99, fallbackRecall: 0.9 },
  holdout: { top1: 0.93, top3: 0.98, fallbackRecall: 0.88 },
  fresh: { top1: 0.93, top3: 0.98, fallbackRecall: 0.98 },
  fresh2: { top1: 0.84, top3: 0.95, fallbackRecall: 0.83 },
  fresh3: { top1: 0.52, top3: 0.91, fallbackRecall: 0.85 },
  fresh4: { top1: 0.59, top3: 0.88, fallbackRecall: 0.86 },
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
