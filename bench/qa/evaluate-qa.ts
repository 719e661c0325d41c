import type { GuidanceAnswer } from '../../src/guidance';
import type { EvalItem } from './eval-set';

/** Accuracy figures over an evaluation set, as fractions (0-1) with the counts they come from. */
export interface QaFigures {
  /** Top-1 on in-scope questions that are not danger: what the search alone gets right. */
  top1: Ratio;
  top3: Ratio;
  /** Top-1 over every in-scope question, danger included (a danger answer's topic is `direct-gevaar`). */
  top1AllInScope: Ratio;
  dangerRecall: Ratio;
  dangerPrecision: Ratio;
  fallbackRecall: Ratio;
  fallbackPrecision: Ratio;
  privacyRecall: Ratio;
  /** Questions without personal data that were flagged anyway. */
  privacyFalseAlarms: Ratio;
  /** What went wrong, for tuning: question index, expected and got. Only printed for the tuning part. */
  misses: { index: number; expected: string; got: string; kind: GuidanceAnswer['kind'] }[];
}

/** A fraction with its parts. */
export interface Ratio {
  hits: number;
  total: number;
  value: number;
}

const ratio = (hits: number, total: number): Ratio => ({ hits, total, value: total ? hits / total : 1 });

const isFallback = (a: GuidanceAnswer): boolean =>
  a.kind === 'fallback' || (a.kind === 'privacy' && !a.topic);

/** Scores answers against the evaluation set; `answers[i]` is the answer to `items[i]`. */
export function evaluateQa(items: readonly EvalItem[], answers: readonly GuidanceAnswer[]): QaFigures {
  const count = (pred: (item: EvalItem, answer: GuidanceAnswer) => boolean): number =>
    items.reduce((n, item, i) => n + (pred(item, answers[i]!) ? 1 : 0), 0);
  const inScope = (i: EvalItem): boolean => i.expect !== 'fallback';
  const searchOnly = (i: EvalItem): boolean => inScope(i) && !i.danger;
  const top = (a: GuidanceAnswer): string | undefined => (isFallback(a) ? undefined : a.topic?.id);
  const top3 = (a: GuidanceAnswer): string[] =>
    [top(a), ...a.related.map((t) => t.id)].slice(0, 3) as string[];
  const misses = items.flatMap((item, index) => {
    const a = answers[index]!;
    const got = isFallback(a) ? 'fallback' : (a.topic?.id ?? 'fallback');
    const wrong = got !== item.expect || (a.kind === 'danger') !== item.danger;
    return wrong
      ? [{ index, expected: item.expect + (item.danger ? ' (danger)' : ''), got, kind: a.kind }]
      : [];
  });
  return {
    top1: ratio(
      count((i, a) => searchOnly(i) && top(a) === i.expect),
      count((i) => searchOnly(i)),
    ),
    top3: ratio(
      count((i, a) => searchOnly(i) && top3(a).includes(i.expect)),
      count((i) => searchOnly(i)),
    ),
    top1AllInScope: ratio(
      count((i, a) => inScope(i) && top(a) === i.expect),
      count((i) => inScope(i)),
    ),
    dangerRecall: ratio(
      count((i, a) => i.danger && a.kind === 'danger'),
      count((i) => i.danger),
    ),
    dangerPrecision: ratio(
      count((i, a) => i.danger && a.kind === 'danger'),
      count((_, a) => a.kind === 'danger'),
    ),
    fallbackRecall: ratio(
      count((i, a) => !inScope(i) && isFallback(a)),
      count((i) => !inScope(i)),
    ),
    fallbackPrecision: ratio(
      count((i, a) => !inScope(i) && isFallback(a)),
      count((_, a) => isFallback(a)),
    ),
    privacyRecall: ratio(
      count((i, a) => Boolean(i.privacy) && a.personalData.length > 0),
      count((i) => Boolean(i.privacy)),
    ),
    privacyFalseAlarms: ratio(
      count((i, a) => !i.privacy && a.personalData.length > 0),
      count((i) => !i.privacy),
    ),
    misses,
  };
}
