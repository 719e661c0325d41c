// The measured phases of `npm run bench`: cold starts and closed-loop turn load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLoad } from './load.mjs';
import { cpuMs, freePort, rssMb, spawnNode, stopProcess, waitFor200 } from './processes.mjs';

const IDLE_MS = 2000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Voordeur as `npm start` would in local mode, with a fresh SQLite database in a new temp DATA_DIR.
 * @remarks The working directory is the temp dir, so no env/.env.* file of the developer changes the run.
 */
export async function startVoordeur(entry, { nodeArgs = [] } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'voordeur-bench-'));
  const port = await freePort();
  const env = { PORT: String(port), DATA_DIR: dataDir, BOT_ID: '', DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const proc = spawnNode([...nodeArgs, entry], { cwd: dataDir, env });
  const base = `http://127.0.0.1:${port}`;
  let readyAt;
  try {
    readyAt = await waitFor200(`${base}/readyz`, proc);
  } catch (error) {
    await stopProcess(proc);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name: 'voordeur',
    proc,
    pid: proc.child.pid,
    endpoint: `${base}/api/messages`,
    coldStartMs: readyAt - proc.spawnedAt,
    async stop() {
      const { code, signal } = await stopProcess(proc);
      rmSync(dataDir, { recursive: true, force: true });
      if (code !== 0) console.warn(`voordeur exited with ${code ?? signal}:\n${proc.output()}`);
    },
  };
}

/** Starts the baseline echo bot (bench/echo-bot.mjs). */
export async function startEchoBot({ nodeArgs = [] } = {}) {
  const port = await freePort();
  const proc = spawnNode([...nodeArgs, path.join(import.meta.dirname, 'echo-bot.mjs')], {
    cwd: import.meta.dirname,
    env: { PORT: String(port) },
  });
  const base = `http://127.0.0.1:${port}`;
  const readyAt = await waitFor200(`${base}/readyz`, proc);
  return {
    name: 'echo',
    proc,
    pid: proc.child.pid,
    endpoint: `${base}/api/messages`,
    coldStartMs: readyAt - proc.spawnedAt,
    stop: () => stopProcess(proc),
  };
}

/** Waits for a started process to sit idle, then reads its RSS. */
export async function idleRssMb(target) {
  await sleep(IDLE_MS);
  return rssMb(target.pid);
}

/**
 * Cold starts: `runs` fresh Voordeur processes, each timed from spawn to the first 200 on /readyz and
 * measured for RSS after ~2 s idle. The last one is kept running when `keepLast` is set.
 */
export async function coldStarts(entry, { runs, keepLast }) {
  const results = [];
  let kept;
  for (let i = 0; i < runs; i += 1) {
    const service = await startVoordeur(entry);
    const idleRss = await idleRssMb(service);
    results.push({ coldStartMs: service.coldStartMs, idleRssMb: idleRss });
    if (keepLast && i === runs - 1) kept = service;
    else await service.stop();
  }
  return { results, kept };
}

/**
 * One load phase against `target`, checked reply by reply with the connector stand-in.
 * @param expectReply (entry) => true when what arrived for one turn is the right reply
 */
export async function loadPhase(
  target,
  connector,
  { conversations, turnsPerConversation, phase, text, expectReply },
) {
  connector.reset();
  const cpuBefore = cpuMs(target.pid);
  const load = await runLoad({
    endpoint: target.endpoint,
    serviceUrl: connector.url,
    conversations,
    turnsPerConversation,
    phase,
    text,
  });
  const serviceCpuMs = cpuMs(target.pid) - cpuBefore;
  let replied = 0;
  for (const id of load.ids) if (expectReply(connector.repliesTo(id))) replied += 1;
  return {
    ...load,
    /** Turns planned: a turn not sent before the phase deadline counts as unanswered. */
    turns: load.planned,
    replied,
    typing: connector.totals.typing,
    cardBytes: connector.totals.cardBytes,
    serviceCpuMsPerTurn: serviceCpuMs / load.ids.length,
    serviceCpuShare: serviceCpuMs / load.wallMs,
  };
}
