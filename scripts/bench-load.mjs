// `npm run bench:load`: 200 conversations for 60 s against Voordeur and, in the same run, the bare botbuilder echo
// bot, on a mix of real questions (the evaluation set, test/fixtures/qa-eval) and "help". The measured minute of each
// bot is cut into rounds that alternate between them, so a machine that gets slower or faster meanwhile (other jobs,
// a noisy neighbour) weighs on both alike. Prints the errors (a non-2xx answer or a reply that is not exactly the one
// Voordeur builds for the text), Voordeur's RSS after a first minute of load and at the end, and throughput and p99
// as ratios to the echo bot's, with the range of the rounds' ratios. See BENCHMARKS.md.
// Options (after `npm run bench:load --`): --conversations 200 --seconds 60 --warmup-seconds 60 --rounds 6
//   --cpu-prof <dir>  write a V8 CPU profile of Voordeur's run (voordeur-load.cpuprofile) to <dir>
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startConnectorStandIn } from '../bench/connector-stand-in.mjs';
import { expectedReply } from '../bench/expected-reply.mjs';
import { runTimedLoad } from '../bench/load.mjs';
import { startEchoBot, startVoordeur } from '../bench/phases.mjs';
import { rssMb } from '../bench/processes.mjs';
import { quantile, round } from '../bench/stats.mjs';
import { buildIfStale } from './build-if-stale.mjs';

const { values: args } = parseArgs({
  options: {
    conversations: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    'warmup-seconds': { type: 'string', default: '60' },
    rounds: { type: 'string', default: '6' },
    'cpu-prof': { type: 'string' },
  },
});
const conversations = Number(args.conversations);
const seconds = Number(args.seconds);
const warmupSeconds = Number(args['warmup-seconds']);
const rounds = Number(args.rounds);
for (const [name, value] of Object.entries({ conversations, seconds, warmupSeconds, rounds })) {
  if (!(Number.isInteger(value) && value >= (name === 'warmupSeconds' ? 0 : 1)))
    throw new Error(`${name} must be a whole number, not ${value}`);
}

const entry = buildIfStale();
const root = path.join(import.meta.dirname, '..');

// The mix: every question of the evaluation set whose reply the bench can check, and "help" once in four turns.
const evalDir = path.join(root, 'test', 'fixtures', 'qa-eval');
const questions = [
  ...new Set(
    readdirSync(evalDir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(path.join(evalDir, f), 'utf8')).map((q) => q.text)),
  ),
];
const replies = new Map();
for (const text of [...questions, 'help']) {
  try {
    replies.set(text, expectedReply(entry, text));
  } catch {
    // A text with a per-person or per-organisation reply ("ik zie iets", "mijn training", "wie is de
    // aandachtsfunctionaris") cannot be checked: left out of the mix.
  }
}
const pool = [...replies.keys()].filter((t) => t !== 'help');
/** The same sequence for both bots: conversation n's turn i. */
const textFor = (n, i) => (i % 4 === 3 ? 'help' : pool[(n * 31 + i) % pool.length]);

const loadAvgStart = os.loadavg();
console.log(
  `Voordeur load bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ` +
    `load average ${loadAvgStart.map((l) => l.toFixed(2)).join(' ')}; ${conversations} conversations, ` +
    `${seconds} s measured in ${rounds} alternating rounds after ${warmupSeconds} s warm-up; mix of ${pool.length} questions and "help" (1 in 4)`,
);

const connector = await startConnectorStandIn();
const started = [];
try {
  const profileDir = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;
  const nodeArgs = profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-name=voordeur-load.cpuprofile']
    : [];
  const voordeur = await startVoordeur(entry, { nodeArgs });
  started.push(voordeur);
  const echo = await startEchoBot();
  started.push(echo);

  /** A turn is an error when its request failed (not 2xx, or no answer in 30 s) or its reply was not exactly right. */
  const phase = async (target, name, durationMs, check) => {
    connector.reset();
    const load = await runTimedLoad({
      endpoint: target.endpoint,
      serviceUrl: connector.url,
      conversations,
      durationMs,
      phase: name,
      textFor,
    });
    let wrong = 0;
    const wrongTexts = new Map();
    for (const { id, text, status } of load.sent) {
      // A failed request (a timeout on a starved machine) is counted once, as failed, not again as a wrong reply.
      if (status < 200 || status > 299 || check(text, connector.repliesTo(id))) continue;
      wrong += 1;
      wrongTexts.set(text, (wrongTexts.get(text) ?? 0) + 1);
    }
    if (wrongTexts.size > 0) {
      const list = [...wrongTexts].slice(0, 5).map(([t, n]) => `${JSON.stringify(t)} x${n}`);
      console.log(
        `  ${name}: wrong or missing replies to ${list.join(', ')}${wrongTexts.size > 5 ? ', …' : ''}`,
      );
    }
    const failed = [...load.failures.values()].reduce((a, b) => a + b, 0);
    return { ...load, errors: failed + wrong, failed, wrong, p99: quantile(load.latencies, 0.99) };
  };
  const voordeurReply = (text, got) => replies.get(text).matches(got);
  const echoReply = (text, got) =>
    got?.texts.length === 1 && got.texts[0] === `Echo: ${text}` && !got.cards.length;

  console.log(`Voordeur: ${warmupSeconds} s warm-up…`);
  const warm =
    warmupSeconds > 0 ? await phase(voordeur, 'warm', warmupSeconds * 1000, voordeurReply) : undefined;
  const rssMinuteOne = rssMb(voordeur.pid);
  console.log(`echo bot: ${Math.min(15, warmupSeconds)} s warm-up…`);
  if (warmupSeconds > 0) await phase(echo, 'warm', Math.min(15, warmupSeconds) * 1000, echoReply);
  console.log(`both: ${seconds} s each, in ${rounds} rounds that alternate which bot goes first…`);
  const roundMs = (seconds * 1000) / rounds;
  const vRounds = [];
  const eRounds = [];
  for (let r = 0; r < rounds; r += 1) {
    const runVoordeur = async () => vRounds.push(await phase(voordeur, `load${r}`, roundMs, voordeurReply));
    const runEcho = async () => eRounds.push(await phase(echo, `load${r}`, roundMs, echoReply));
    for (const run of r % 2 === 0 ? [runVoordeur, runEcho] : [runEcho, runVoordeur]) await run();
  }
  const rssEnd = rssMb(voordeur.pid);
  const v = combined(vRounds);
  const e = combined(eRounds);
  const roundRatios = vRounds.map((vr, i) => vr.turnsPerSec / eRounds[i].turnsPerSec);

  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAvgStart: loadAvgStart.map((l) => round(l, 2)),
    loadAvgEnd: os.loadavg().map((l) => round(l, 2)),
    conversations,
    seconds,
    warmupSeconds,
    questions: pool.length,
    voordeur: {
      turns: v.sent.length,
      errors: v.errors,
      failedRequests: v.failed,
      wrongReplies: v.wrong,
      warmupErrors: warm?.errors ?? 0,
      turnsPerSec: round(v.turnsPerSec),
      p50Ms: round(quantile(v.latencies, 0.5)),
      p99Ms: round(v.p99),
      rssMinuteOneMb: round(rssMinuteOne),
      rssEndMb: round(rssEnd),
      rssGrowth: round(rssEnd / rssMinuteOne - 1, 3),
    },
    echo: {
      turns: e.sent.length,
      errors: e.errors,
      turnsPerSec: round(e.turnsPerSec),
      p50Ms: round(quantile(e.latencies, 0.5)),
      p99Ms: round(e.p99),
    },
    throughputRatio: round(v.turnsPerSec / e.turnsPerSec, 2),
    roundRatios: roundRatios.map((r) => round(r, 2)),
    p99Ratio: round(v.p99 / e.p99, 2),
    profiled: Boolean(profileDir),
  };
  const errors = figures.voordeur.errors + figures.voordeur.warmupErrors + figures.echo.errors;
  console.log(
    [
      '',
      `                     Voordeur (mix)   echo bot   ratio`,
      `turns per second   ${String(figures.voordeur.turnsPerSec).padStart(14)} ${String(figures.echo.turnsPerSec).padStart(10)} ${String(figures.throughputRatio).padStart(7)}` +
        ` (rounds ${round(Math.min(...roundRatios), 2)}–${round(Math.max(...roundRatios), 2)})`,
      `p50 ms             ${String(figures.voordeur.p50Ms).padStart(14)} ${String(figures.echo.p50Ms).padStart(10)}`,
      `p99 ms             ${String(figures.voordeur.p99Ms).padStart(14)} ${String(figures.echo.p99Ms).padStart(10)} ${String(figures.p99Ratio).padStart(7)}`,
      `errors             ${String(figures.voordeur.errors).padStart(14)} ${String(figures.echo.errors).padStart(10)}`,
      `RSS MB at minute one ${figures.voordeur.rssMinuteOneMb}, at the end ${figures.voordeur.rssEndMb} ` +
        `(${figures.voordeur.rssGrowth >= 0 ? '+' : ''}${round(figures.voordeur.rssGrowth * 100)}%)`,
      errors === 0 ? '0 errors' : `${errors} ERRORS (failed requests or wrong replies)`,
    ].join('\n'),
  );
  process.exitCode = errors === 0 ? 0 : 1;
  await Promise.all(started.splice(0).map((s) => s.stop()));
  console.log(JSON.stringify(figures));
} finally {
  await Promise.all(started.map((s) => s.stop()));
  await connector.stop();
}

/** One bot's rounds as one phase: every turn, latency and failure, and the throughput over their summed time. */
function combined(phases) {
  const sent = phases.flatMap((p) => p.sent);
  const latencies = phases.flatMap((p) => p.latencies);
  const wallMs = phases.reduce((sum, p) => sum + p.wallMs, 0);
  return {
    sent,
    latencies,
    errors: phases.reduce((sum, p) => sum + p.errors, 0),
    failed: phases.reduce((sum, p) => sum + p.failed, 0),
    wrong: phases.reduce((sum, p) => sum + p.wrong, 0),
    turnsPerSec: (sent.length / wallMs) * 1000,
    p99: quantile(latencies, 0.99),
  };
}
