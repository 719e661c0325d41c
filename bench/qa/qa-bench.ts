// `npm run bench:qa`: accuracy and latency of the guidance on the evaluation set, for each search engine.
// Options: --rounds 30 (latency rounds over every question), --threshold 0.45, --misses (list what the tuning part
// gets wrong; --misses-of holdout lists another part's, for looking at kinds of misses, not at single questions).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGuidance, DEFAULT_ENGINE, DEFAULT_THRESHOLD, loadKnowledge } from '../../src/guidance';
import { CONFIDENCE_MODELS } from '../../src/guidance/search/confidence-models';
import { ENGINES } from './engines';
import type { Guidance } from '../../src/guidance';
import { EVAL_PARTS, loadEvalSet, type EvalItem, type EvalPart } from './eval-set';
import { evaluateQa, type QaFigures, type Ratio } from './evaluate-qa';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    rounds: { type: 'string', default: '30' },
    threshold: { type: 'string' },
    misses: { type: 'boolean', default: false },
    'misses-of': { type: 'string', multiple: true, default: [] },
  },
});
const root = path.resolve(args.root);
const rounds = Number(args.rounds);
const threshold = args.threshold === undefined ? DEFAULT_THRESHOLD : Number(args.threshold);

const topics = loadKnowledge(path.join(root, 'knowledge'));
const PARTS = EVAL_PARTS;
const LABELS: Record<EvalPart, string> = {
  tune: 'tuning',
  holdout: 'held-out',
  fresh: 'fresh',
  fresh2: 'fresh-2',
  fresh3: 'fresh-3',
  fresh4: 'fresh-4',
  fresh5: 'fresh-5',
  fresh6: 'fresh-6',
  danger: 'danger',
  danger2: 'danger-2',
  danger3: 'danger-3',
  danger4: 'danger-4',
};
const missParts = [...(args.misses ? ['tune'] : []), ...(args['misses-of'] ?? [])];
const unknownPart = missParts.find((part) => !(PARTS as readonly string[]).includes(part));
if (unknownPart) throw new Error(`--misses-of ${unknownPart}: the parts are ${PARTS.join(', ')}`);
const parts = Object.fromEntries(
  PARTS.map((part) => [part, loadEvalSet(part, path.join(root, 'test/fixtures/qa-eval'))]),
) as Record<EvalPart, EvalItem[]>;
const everything = PARTS.flatMap((part) => parts[part]);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

// A 10,000-character message: the longest a person is likely to paste, read whole by the danger and privacy checks.
const LONG =
  `${'ik zag bij de huurder iets wat niet klopte en ik twijfel wat ik moet doen. '.repeat(135)}`.slice(
    0,
    10_000,
  );

function latency(guidance: Guidance, items: readonly Pick<EvalItem, 'text' | 'locale'>[]) {
  for (const item of items) guidance.answer(item.text, item.locale);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const item of items) {
      const start = process.hrtime.bigint();
      guidance.answer(item.text, item.locale);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] ?? 0 };
}

const pct = (r: Ratio): string => `${(r.value * 100).toFixed(1)}% (${r.hits}/${r.total})`;
const rows: [string, (f: QaFigures) => Ratio][] = [
  ['top-1 in scope (search)', (f) => f.top1],
  ['top-3 in scope (search)', (f) => f.top3],
  ['top-1 in scope (incl. danger)', (f) => f.top1AllInScope],
  ['danger recall', (f) => f.dangerRecall],
  ['danger precision', (f) => f.dangerPrecision],
  ['fallback recall (out of scope)', (f) => f.fallbackRecall],
  ['fallback precision', (f) => f.fallbackPrecision],
  ['privacy recall', (f) => f.privacyRecall],
  ['privacy false alarms', (f) => f.privacyFalseAlarms],
];

console.log(
  `Voordeur QA bench: node ${process.version}, ${topics.length} topics, ${parts.tune.length} tuning + ` +
    `${parts.holdout.length} held-out + ${parts.fresh.length} fresh + ${parts.fresh2.length} fresh-2 + ` +
    `${parts.fresh3.length} fresh-3 + ${parts.fresh4.length} fresh-4 + ${parts.fresh5.length} fresh-5 + ` +
    `${parts.fresh6.length} fresh-6 + ${parts.danger.length} + ${parts.danger2.length} + ${parts.danger3.length} + ${parts.danger4.length} danger-set questions, ` +
    `threshold ${threshold}, ` +
    `default engine ${DEFAULT_ENGINE}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
const summary: Record<string, unknown> = {};
for (const engine of Object.keys(ENGINES) as (keyof typeof ENGINES)[]) {
  const built = process.hrtime.bigint();
  const guidance = createGuidance(topics, {
    engine: ENGINES[engine],
    confidenceModel: CONFIDENCE_MODELS[engine],
    threshold,
  });
  const buildMs = Number(process.hrtime.bigint() - built) / 1e6;
  const figures = Object.fromEntries(
    PARTS.map((part) => {
      const items = parts[part];
      return [
        part,
        evaluateQa(
          items,
          items.map((i) => guidance.answer(i.text, i.locale)),
        ),
      ];
    }),
  ) as Record<EvalPart, QaFigures>;
  const all = evaluateQa(
    everything,
    everything.map((i) => guidance.answer(i.text, i.locale)),
  );
  const times = latency(guidance, everything);
  const long = latency(
    guidance,
    Array<Pick<EvalItem, 'text' | 'locale'>>(20).fill({ text: LONG, locale: 'nl-NL' }),
  );
  console.log(`\n${engine} (index built in ${buildMs.toFixed(1)} ms)`);
  console.log(['figure'.padEnd(32), ...PARTS.map((part) => LABELS[part].padEnd(20)), 'all'].join(''));
  for (const [name, pick] of rows) {
    const cells = [...PARTS.map((part) => pick(figures[part])), pick(all)].map((r) => pct(r).padEnd(20));
    console.log((name.padEnd(32) + cells.join('')).trimEnd());
  }
  console.log(
    `answer() latency over ${rounds} x ${everything.length} calls: p50 ${times.p50.toFixed(3)} ms, ` +
      `p99 ${times.p99.toFixed(3)} ms, max ${times.max.toFixed(3)} ms`,
  );
  console.log(
    `answer() on a 10,000-character message: p50 ${long.p50.toFixed(3)} ms, p99 ${long.p99.toFixed(3)} ms`,
  );
  for (const part of missParts as EvalPart[]) {
    for (const m of figures[part].misses) {
      const text = parts[part][m.index]!.text;
      console.log(`  ${part} miss: "${text}" expected ${m.expected}, got ${m.got} (${m.kind})`);
    }
  }
  const values = (f: QaFigures) => Object.fromEntries(rows.map(([name, pick]) => [name, pick(f).value]));
  summary[engine] = {
    ...Object.fromEntries(PARTS.map((part) => [part, values(figures[part])])),
    all: values(all),
    ...times,
    longP50: long.p50,
    longP99: long.p99,
    buildMs,
  };
}
console.log(JSON.stringify(summary));
