// Turns the measured phases into figures (the JSON line) and a human-readable table.
import os from 'node:os';
import { median, quantile, round } from './stats.mjs';

/** Latency, throughput, reply and CPU figures over the measured rounds of one bot. */
export function summarise(phases) {
  const latencies = phases.flatMap((p) => [...p.latencies]);
  const sum = (pick) => phases.reduce((total, p) => total + pick(p), 0);
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: quantile(latencies, 1),
    turnsPerSec: median(phases.map((p) => p.turnsPerSec)),
    roundsTurnsPerSec: phases.map((p) => round(p.turnsPerSec, 0)),
    turns: sum((p) => p.turns),
    replied: sum((p) => p.replied),
    failures: sum((p) => [...p.failures.values()].reduce((a, b) => a + b, 0)),
    typing: sum((p) => p.typing),
    cpuMsPerTurn: median(phases.map((p) => p.serviceCpuMsPerTurn)),
    serviceCpuShare: median(phases.map((p) => p.serviceCpuShare)),
    benchCpuShare: median(phases.map((p) => p.benchCpuShare)),
    cardBytes: phases.at(-1)?.cardBytes ?? 0,
  };
}

/**
 * Every figure of a bench run, as printed on the last line.
 * @remarks The `help*` figures are those of the text sent, also when `--text` sent a question: `text` and `reply`
 * (the kind of reply checked, such as `danger:direct-gevaar`) say which.
 */
export function figuresOf({
  options,
  cold,
  help,
  base,
  roundRatios,
  rss,
  echo,
  loadAvgStart,
  profiled,
  text,
  reply,
}) {
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: os.cpus().length,
    coldStartMs: round(median(cold.map((c) => c.coldStartMs)), 0),
    coldStartMaxMs: round(Math.max(...cold.map((c) => c.coldStartMs)), 0),
    coldStartRuns: cold.length,
    idleRssMb: round(median(cold.map((c) => c.idleRssMb))),
    rssAfterLoadMb: round(rss.voordeurAfterLoad),
    ...options,
    text,
    reply,
    helpTurns: help.turns,
    helpCardReplies: help.replied,
    helpCardReplyRate: help.replied / help.turns,
    helpHttpFailures: help.failures,
    helpP50Ms: round(help.p50),
    helpP99Ms: round(help.p99),
    helpMaxMs: round(help.max),
    helpTurnsPerSec: round(help.turnsPerSec, 0),
    helpRoundsTurnsPerSec: help.roundsTurnsPerSec,
    helpCpuMsPerTurn: round(help.cpuMsPerTurn, 2),
    helpTurnsPerCpuSec: round(1000 / help.cpuMsPerTurn, 0),
    helpCardBytes: help.cardBytes,
    typingIndicators: help.typing,
    echoTurns: base.turns,
    echoReplyRate: base.replied / base.turns,
    echoHttpFailures: base.failures,
    echoP50Ms: round(base.p50),
    echoP99Ms: round(base.p99),
    echoTurnsPerSec: round(base.turnsPerSec, 0),
    echoRoundsTurnsPerSec: base.roundsTurnsPerSec,
    echoCpuMsPerTurn: round(base.cpuMsPerTurn, 2),
    echoTurnsPerCpuSec: round(1000 / base.cpuMsPerTurn, 0),
    echoColdStartMs: round(echo.coldStartMs, 0),
    echoIdleRssMb: round(rss.echoIdle),
    echoRssAfterLoadMb: round(rss.echoAfterLoad),
    ratioToEcho: round(median(roundRatios), 2),
    roundRatiosToEcho: roundRatios.map((r) => round(r, 2)),
    cpuRatioToEcho: round(base.cpuMsPerTurn / help.cpuMsPerTurn, 2),
    benchCpuShare: round(Math.max(help.benchCpuShare, base.benchCpuShare), 2),
    loadAverage: [loadAvgStart[0], os.loadavg()[0]].map((l) => round(l, 2)),
    profiled,
  };
}

/**
 * Prints the figures as a two-column table.
 * @param label what the Voordeur rows measured: `"help"` or `question`
 */
export function printTable(f, { help, base, label }) {
  const pct = (share) => `${round(100 * share, 0)}% of a core`;
  const rows = [
    [
      'Cold start to ready (spawn -> 200 /readyz)',
      `median ${f.coldStartMs} ms, max ${f.coldStartMaxMs} ms (${f.coldStartRuns} runs)`,
    ],
    ['Idle RSS (ready + 2 s idle)', `${f.idleRssMb} MB (median of ${f.coldStartRuns})`],
    ['RSS after the load', `${f.rssAfterLoadMb} MB`],
    [`${label} latency p50 / p99 / max`, `${f.helpP50Ms} / ${f.helpP99Ms} / ${f.helpMaxMs} ms`],
    [`${label} throughput`, `${f.helpTurnsPerSec} turns/s (rounds: ${f.helpRoundsTurnsPerSec.join(', ')})`],
    [`${label} card replies`, `${help.replied} / ${help.turns} turns, ${help.failures} HTTP failures`],
    [`${label} service CPU per turn`, `${f.helpCpuMsPerTurn} ms (service busy ${pct(help.serviceCpuShare)})`],
    ['echo bot latency p50 / p99', `${f.echoP50Ms} / ${f.echoP99Ms} ms`],
    ['echo bot throughput', `${f.echoTurnsPerSec} turns/s (rounds: ${f.echoRoundsTurnsPerSec.join(', ')})`],
    ['echo bot text replies', `${base.replied} / ${base.turns} turns, ${base.failures} HTTP failures`],
    ['echo bot CPU per turn', `${f.echoCpuMsPerTurn} ms (service busy ${pct(base.serviceCpuShare)})`],
    [
      'echo bot cold start / idle RSS / RSS after',
      `${f.echoColdStartMs} ms / ${f.echoIdleRssMb} MB / ${f.echoRssAfterLoadMb} MB`,
    ],
    ['Voordeur / echo throughput', `${f.ratioToEcho} (median of rounds ${f.roundRatiosToEcho.join(', ')})`],
    [
      'Voordeur / echo turns per CPU-second',
      `${f.helpTurnsPerCpuSec} / ${f.echoTurnsPerCpuSec} = ${f.cpuRatioToEcho}`,
    ],
    ['Bench process (load + stand-in)', `${pct(f.benchCpuShare)} at most`],
    ['Load average (1 min) at start / end', f.loadAverage.join(' / ')],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
