// `npm run bench`: cold start, memory and turn latency/throughput of Voordeur, next to a bare botbuilder echo
// bot on the same stack. Prints a table and one JSON object with the figures, then the training bench (import rows
// per second, planning for 10,000 people; --no-features leaves it out), then the load bench (200 conversations for
// 60 s on a mix of questions, next to the echo bot: npm run bench:load; --no-load leaves it out). See BENCHMARKS.md.
// Options (after `npm run bench --`): --runs 5 --conversations 50 --turns 40 --rounds 5 --warmup 40
//   --text "wat is het afwegingskader"  send this instead of "help" (a question: search and an answer card; the
//                                        table then says "question" and each reply must be that answer card)
//   --cpu-prof <dir>  write V8 CPU profiles of both bots (voordeur.cpuprofile, echo.cpuprofile) to <dir>
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startConnectorStandIn } from '../bench/connector-stand-in.mjs';
import { coldStarts, idleRssMb, loadPhase, startEchoBot, startVoordeur } from '../bench/phases.mjs';
import { rssMb } from '../bench/processes.mjs';
import { expectedReply } from '../bench/expected-reply.mjs';
import { figuresOf, printTable, summarise } from '../bench/report.mjs';
import { buildIfStale } from './build-if-stale.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    conversations: { type: 'string', default: '50' },
    turns: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '40' },
    text: { type: 'string', default: 'help' },
    'no-features': { type: 'boolean', default: false },
    'no-load': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const options = {
  conversations: Number(args.conversations),
  turnsPerConversation: Number(args.turns),
  rounds: Number(args.rounds),
  warmupTurnsPerConversation: Number(args.warmup),
};
const runs = Number(args.runs);
for (const [name, value] of Object.entries({ runs, ...options })) {
  if (!Number.isInteger(value) || value < (name.startsWith('warmup') ? 0 : 1)) {
    throw new Error(`${name} must be a whole number, not ${value}`);
  }
}
const { conversations, turnsPerConversation, rounds, warmupTurnsPerConversation: warmup } = options;
const profileDir = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;

const entry = buildIfStale();
// A turn counts as answered only when exactly the reply Voordeur builds for this text (Dutch) came back: the help
// card for "help", the answer card for a question (`--text`), checked byte for byte.
const text = args.text;
const expected = expectedReply(entry, text);
const label =
  expected.kind === 'help'
    ? JSON.stringify(text)
    : expected.kind.startsWith('command:')
      ? 'command'
      : 'question';
const isEcho = (got) => got?.texts.length === 1 && got.texts[0] === `Echo: ${text}` && !got.cards.length;

const loadAvgStart = os.loadavg();
console.log(
  `Voordeur bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ` +
    `load average ${loadAvgStart.map((l) => l.toFixed(2)).join(' ')}`,
);

const connector = await startConnectorStandIn();
const started = [];
try {
  // 1-2. Cold starts with fresh databases, and idle memory.
  console.log(`cold start: ${runs} runs…`);
  const cold = await coldStarts(entry, { runs, keepLast: !profileDir });
  const profile = (name) =>
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const voordeur = cold.kept ?? (await startVoordeur(entry, { nodeArgs: profile('voordeur') }));
  started.push(voordeur);
  const echo = await startEchoBot({ nodeArgs: profile('echo') });
  started.push(echo);
  const echoIdle = await idleRssMb(echo);

  // 3-4. Turn load on both bots: warm-up, then rounds that alternate which bot goes first.
  const bots = [
    { target: voordeur, expectReply: expected.matches, phases: [] },
    { target: echo, expectReply: isEcho, phases: [] },
  ];
  const phase = (bot, turns, name) =>
    loadPhase(bot.target, connector, {
      conversations,
      turnsPerConversation: turns,
      phase: name,
      text,
      expectReply: bot.expectReply,
    });
  console.log(`warm-up: ${conversations} conversations x ${warmup} turns, each bot…`);
  for (const bot of bots) if (warmup > 0) await phase(bot, warmup, 'warmup');
  for (let r = 0; r < rounds; r += 1) {
    console.log(
      `round ${r + 1}/${rounds}: ${conversations} conversations x ${turnsPerConversation} turns, each bot…`,
    );
    for (const bot of r % 2 === 0 ? bots : [...bots].reverse()) {
      bot.phases.push(await phase(bot, turnsPerConversation, `r${r}`));
    }
  }
  const rss = { voordeurAfterLoad: rssMb(voordeur.pid), echoIdle, echoAfterLoad: rssMb(echo.pid) };

  const help = summarise(bots[0].phases);
  const base = summarise(bots[1].phases);
  // Each round measures both bots back to back, so their ratio is less exposed to other work on the machine.
  const roundRatios = bots[0].phases.map((p, i) => p.turnsPerSec / bots[1].phases[i].turnsPerSec);
  const figures = figuresOf({
    options,
    cold: cold.results,
    help,
    base,
    roundRatios,
    rss,
    echo,
    loadAvgStart,
    profiled: Boolean(profileDir),
    text,
    reply: expected.kind,
  });

  console.log(
    `\nLoad: ${conversations} conversations x ${turnsPerConversation} "${text}" turns, ${rounds} rounds ` +
      `(after ${warmup} warm-up turns per conversation), loopback, replies to a local Bot Connector stand-in.`,
  );
  if (profileDir)
    console.log(`Profiled: CPU profiles in ${profileDir}; the figures include profiler overhead.`);
  if (expected.kind !== 'help') {
    console.log(
      `Voordeur's reply: ${expected.kind}, one card of ${expected.cardBytes} bytes, checked byte for byte.`,
    );
  }
  printTable(figures, { help, base, label });
  const complete =
    help.replied === help.turns && base.replied === base.turns && !help.failures && !base.failures;
  if (!complete) console.log('\nNOT every turn got its reply: see the counts above.');
  process.exitCode = complete ? 0 : 1;
  await Promise.all(started.splice(0).map((s) => s.stop()));
  console.log(JSON.stringify(figures));
} finally {
  await Promise.all(started.map((s) => s.stop()));
  await connector.stop();
}

// The training figures the training issue asks of `npm run bench`: CSV import rows per second and planning time for
// 10,000 people (a few seconds). The other feature benches have their own scripts (README, "Benchmarks").
if (!args['no-features']) {
  console.log('\n--- npm run bench:training ---');
  const training = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, '..', 'test', 'support', 'run-ts.mjs'),
      'bench/training/training-bench.ts',
    ],
    { cwd: path.join(import.meta.dirname, '..'), stdio: 'inherit' },
  );
  if (training.status !== 0) process.exitCode = 1;
}

// The load bench of issue 15: 200 conversations for 60 s on a mix of real questions and "help", errors, RSS growth,
// and ratios to the echo bot (about four minutes).
if (!args['no-load']) {
  console.log('\n--- npm run bench:load ---');
  const load = spawnSync(process.execPath, [path.join(import.meta.dirname, 'bench-load.mjs')], {
    cwd: path.join(import.meta.dirname, '..'),
    stdio: 'inherit',
  });
  if (load.status !== 0) process.exitCode = 1;
}
