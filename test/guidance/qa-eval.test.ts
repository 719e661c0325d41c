import { EVAL_PARTS, loadBlindSet, loadEvalSet, type EvalPart } from '../../bench/qa/eval-set';
import { evaluateQa, type QaFigures } from '../../bench/qa/evaluate-qa';
import { createGuidance, loadKnowledge } from '../../src/guidance';

// Floors a little under what `npm run bench:qa` measured when they were set (MiniSearch, with the confidence model of
// `npm run fit:confidence`, fitted on the tuning, held-out, fresh and fresh-2 to fresh-4 parts). Top-1 / top-3 /
// fallback recall per part, in %: tuning 94.6 / 100 / 91.4, held-out 92.2 / 100 / 88.9, fresh 93.8 / 100 / 94.4,
// fresh-2 93.0 / 100 / 91.7, fresh-3 70.5 / 91.8 / 85.7, fresh-4 89.5 / 98.7 / 86.7, fresh-5 95.1 / 98.8 / 93.8,
// fresh-6 (measured blind) 92.7 / 96.3 / 87.5 (held-out and fresh-6 as of the content round of 2026-12-02), the
// danger sets 68.4 / 89.5 / 90.5, 52.0 / 76.0 / 93.3, 64.0 / 76.0 / 95.0 and 62.1 / 69.0 / 93.8 (their
// in-scope questions are lookalikes of danger: past events, hearsay, questions about a situation);
// danger recall and precision 100 % on every part. See test/fixtures/qa-eval/README.md for how each part was written
// and what it has been used for. Raise the floors when the figures rise.
const FLOORS: Record<EvalPart, { top1: number; top3: number; fallbackRecall: number }> = {
  tune: { top1: 0.94, top3: 0.99, fallbackRecall: 0.91 },
  holdout: { top1: 0.92, top3: 0.99, fallbackRecall: 0.88 },
  fresh: { top1: 0.93, top3: 0.99, fallbackRecall: 0.94 },
  fresh2: { top1: 0.92, top3: 0.99, fallbackRecall: 0.91 },
  fresh3: { top1: 0.7, top3: 0.91, fallbackRecall: 0.85 },
  fresh4: { top1: 0.9, top3: 0.99, fallbackRecall: 0.86 },
  fresh5: { top1: 0.96, top3: 0.99, fallbackRecall: 0.93 },
  fresh6: { top1: 0.92, top3: 0.96, fallbackRecall: 0.87 },
  danger: { top1: 0.73, top3: 0.89, fallbackRecall: 0.9 },
  danger2: { top1: 0.52, top3: 0.76, fallbackRecall: 0.93 },
  danger3: { top1: 0.64, top3: 0.76, fallbackRecall: 0.95 },
  danger4: { top1: 0.62, top3: 0.68, fallbackRecall: 0.93 },
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

// The blind privacy set: 18/60 found and 0/60 false alarms when first measured (commit 891a035), 60/60 and 0/60 after
// the guard learnt titles with surnames, streets with house numbers and dates of birth (kinds, not these messages).
describe('the blind privacy set', () => {
  const items = loadBlindSet('privacy');
  const f = evaluateQa(
    items,
    items.map((i) => guidance.answer(i.text, i.locale)),
  );

  it('finds personal data in at least 95 % of the messages that hold it, with at most 5 % false alarms', () => {
    expect(f.privacyRecall.value).toBeGreaterThanOrEqual(0.95);
    expect(f.privacyFalseAlarms.value).toBeLessThanOrEqual(0.05);
  });
});

// The blind graded-danger sets (and the danger labels of the blind privacy set). When first measured (commit 891a035)
// danger now got the 112 card on 40/60 and look-alikes on 7/60; after the lexicon learnt the missed kinds and the
// possible-danger line was added, 112 led the reply on 60/60 of danger now and on 21/50 of the possible-danger
// messages. `danger-graded-2` (30 possible danger, 30 look-alikes from work talk) was written for round 2 before its
// writer read the danger code, and measured once: the line or card on 14/30 of its possible danger, the full card on
// 6/30 of them and on 7/30 of its look-alikes. After the lexicon learnt the kinds it missed (injuries, neglect, money
// taken, control, stalking, exploitation named near someone, thoughts of suicide, a threat that lasts, work talk
// that sounds violent), see test/fixtures/qa-eval-blind/README.md for the figures these floors sit under.
const GRADED_FLOORS = {
  'danger-graded': { possibleLeads: 0.95, possibleCard: 0.05 },
  privacy: { possibleLeads: 0.95, possibleCard: 0.15 },
  'danger-graded-2': { possibleLeads: 0.95, possibleCard: 0.05 },
} as const;
describe.each(Object.keys(GRADED_FLOORS) as (keyof typeof GRADED_FLOORS)[])(
  'the blind %s set, graded for danger',
  (name) => {
    const items = loadBlindSet(name);
    const answers = items.map((i) => ({ item: i, answer: guidance.answer(i.text, i.locale) }));
    type Pair = (typeof answers)[number];
    const share = (of: Pair[], f: (a: Pair) => boolean) => of.filter(f).length / Math.max(of.length, 1);
    const card = (a: Pair) => a.answer.kind === 'danger';
    // 112 in the first line of the reply: the danger card (or the 112 topic asked about), or the possible-danger line.
    const leads112 = (a: Pair) =>
      card(a) || a.answer.topic?.id === 'direct-gevaar' || a.answer.possibleDanger;
    const now = answers.filter((a) => a.item.danger);
    const possible = answers.filter((a) => a.item.possible);
    const neither = answers.filter((a) => !a.item.danger && !a.item.possible);

    it('leads with 112 for every message about danger now, mostly with the full card', () => {
      expect(now.filter((a) => !leads112(a)).map((a) => a.item.text)).toEqual([]);
      if (now.length) expect(share(now, card)).toBeGreaterThanOrEqual(0.95);
    });

    it('gives the full danger card to at most 5 % of look-alikes and ordinary questions', () => {
      expect(neither.length).toBeGreaterThan(0);
      expect(share(neither, card)).toBeLessThanOrEqual(0.05);
      expect(share(neither, leads112)).toBeLessThanOrEqual(0.05);
    });

    it('leads with 112 for the danger that is not now, mostly without the full card', () => {
      expect(possible.length).toBeGreaterThan(0);
      expect(share(possible, leads112)).toBeGreaterThanOrEqual(GRADED_FLOORS[name].possibleLeads);
      expect(share(possible, card)).toBeLessThanOrEqual(GRADED_FLOORS[name].possibleCard);
    });
  },
);

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
