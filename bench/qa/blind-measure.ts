// `node test/support/run-ts.mjs bench/qa/blind-measure.ts [--misses]`: the graded-danger and privacy sets in
// test/fixtures/qa-eval-blind (first measured blind, before any change they steer; the README keeps the figures).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGuidance, loadKnowledge } from '../../src/guidance';

interface Item {
  text: string;
  locale: string;
  expect: string;
  danger: boolean;
  possible: boolean;
  privacy: boolean;
}
const dir = path.resolve(__dirname, '../../test/fixtures/qa-eval-blind');
const guidance = createGuidance(loadKnowledge());
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(d, 1)).toFixed(1)} %)`;
for (const file of ['danger-graded', 'privacy', 'danger-graded-2']) {
  const items = JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as Item[];
  const answers = items.map((item) => ({ item, answer: guidance.answer(item.text, item.locale) }));
  const count = (f: (a: (typeof answers)[number]) => boolean) => answers.filter(f).length;
  const now = answers.filter((a) => a.item.danger);
  const possible = answers.filter((a) => a.item.possible);
  const neither = answers.filter((a) => !a.item.danger && !a.item.possible);
  const topical = answers.filter((a) => !a.item.danger);
  const right = (a: (typeof answers)[number]) =>
    (a.answer.topic?.id ?? 'fallback') === a.item.expect ||
    (a.item.expect === 'fallback' && a.answer.kind === 'fallback');
  console.log(`\n${file}: ${items.length} items`);
  console.log(
    `  danger now -> danger card: ${pct(
      count((a) => a.item.danger && a.answer.kind === 'danger'),
      now.length,
    )}`,
  );
  console.log(
    `  possible -> danger card: ${pct(
      count((a) => a.item.possible && a.answer.kind === 'danger'),
      possible.length,
    )}`,
  );
  console.log(
    `  neither -> danger card (false alarm): ${pct(
      count((a) => !a.item.danger && !a.item.possible && a.answer.kind === 'danger'),
      neither.length,
    )}`,
  );
  // 112 in the first line of the reply: the danger card (or the 112 topic asked about), or the possible-danger line.
  const leads112 = (a: (typeof answers)[number]) =>
    a.answer.kind === 'danger' || a.answer.topic?.id === 'direct-gevaar' || a.answer.possibleDanger;
  for (const [label, group] of [
    ['danger now', now],
    ['possible', possible],
    ['neither', neither],
  ] as const) {
    console.log(
      `  ${label} -> 112 first (card or line): ${pct(group.filter(leads112).length, group.length)}`,
    );
  }
  console.log(
    `  top-1 where not danger now: ${pct(
      count((a) => !a.item.danger && right(a)),
      topical.length,
    )}`,
  );
  const personal = answers.filter((a) => a.item.privacy);
  const clean = answers.filter((a) => !a.item.privacy);
  console.log(
    `  privacy recall: ${pct(
      count((a) => a.item.privacy && a.answer.personalData.length > 0),
      personal.length,
    )}`,
  );
  console.log(
    `  privacy false alarms: ${pct(
      count((a) => !a.item.privacy && a.answer.personalData.length > 0),
      clean.length,
    )}`,
  );
  if (process.argv.includes('--misses')) {
    for (const a of answers) {
      const dangerMiss =
        a.item.danger !== (a.answer.kind === 'danger') || (a.item.danger || a.item.possible) !== leads112(a);
      const privacyMiss = a.item.privacy !== a.answer.personalData.length > 0;
      if (dangerMiss || privacyMiss)
        console.log(
          `   ${dangerMiss ? 'D' : ' '}${privacyMiss ? 'P' : ' '} ${a.item.danger ? 'now' : a.item.possible ? 'pos' : 'nei'} ${
            a.answer.kind
          }${a.answer.possibleDanger ? '+line' : ''} ${a.item.text.slice(0, 110)}`,
        );
    }
  }
}
