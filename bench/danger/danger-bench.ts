// `npm run bench:danger`: how long the danger detector takes per message, in µs (p50 / p99 / max), for the short
// messages of the evaluation set and for 10,000-character messages (the longest a person is likely to paste; the
// detector reads them whole). The last line is one JSON object with the figures.
// Options: --rounds 200 (passes over the short messages), --long-rounds 300 (calls per long message).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { assessDanger } from '../../src/guidance/danger';
import { EVAL_PARTS, loadEvalSet } from '../qa/eval-set';

type Assess = typeof assessDanger;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '200' },
    'long-rounds': { type: 'string', default: '300' },
  },
});
const rounds = Number(args.rounds);
const longRounds = Number(args['long-rounds']);
const short = EVAL_PARTS.flatMap((part) => loadEvalSet(part).map((item) => item.text));

/** Calm messages strung together to 10,000 characters: nothing matches, so every pattern reads to the end. */
function longMessage(calm: readonly string[], ending: string): string {
  let text = '';
  for (let i = 0; text.length < 10_000; i += 1) text += `${calm[i % calm.length]}. `;
  return `${text.slice(0, 10_000 - ending.length - 1)} ${ending}`;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Times each call on its own, after a warm-up pass. */
function measure(assess: Assess, texts: readonly string[], passes: number) {
  for (const text of texts) assess(text);
  const times: number[] = [];
  for (let r = 0; r < passes; r += 1) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      assess(text);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const max = times[times.length - 1] ?? NaN;
  return {
    calls: times.length,
    p50: round(quantile(times, 0.5)),
    p99: round(quantile(times, 0.99)),
    max: round(max),
  };
}

function main(): void {
  // V8 compiles a regular expression the first time it runs, so the first call pays for that.
  const started = performance.now();
  assessDanger('warm');
  const firstCallMs = performance.now() - started;

  const calm = short.filter((text) => {
    const { now, asked } = assessDanger(text);
    return now.length === 0 && asked.length === 0;
  });
  const long = {
    'long, no danger': longMessage(calm, ''),
    'long, danger at the end': longMessage(calm, 'hij heeft een mes'),
    'long, one word repeated': 'bla '.repeat(2500),
  };
  const figures: Record<string, ReturnType<typeof measure>> = {
    [`short (${short.length} eval texts)`]: measure(assessDanger, short, rounds),
  };
  for (const [name, text] of Object.entries(long)) {
    figures[`${name} (${text.length} chars)`] = measure(assessDanger, [text], longRounds);
  }

  console.log(`danger detector, µs per message (node ${process.version}, ${os.cpus().length} cpus)`);
  console.log(`first call: ${firstCallMs.toFixed(1)} ms`);
  const cells = (row: (string | number)[]) =>
    row.map((cell, i) => (i === 0 ? String(cell).padEnd(40) : String(cell).padStart(9))).join('');
  console.log(cells(['message', 'calls', 'p50', 'p99', 'max']));
  for (const [name, f] of Object.entries(figures)) console.log(cells([name, f.calls, f.p50, f.p99, f.max]));
  console.log(JSON.stringify({ firstCallMs: round(firstCallMs), ...figures }));
}

main();
