// Closed-loop load: N workers, each its own Teams personal conversation, each sending message activities
// back to back (the next one only after the previous HTTP response). Bounded: every worker sends a fixed
// number of activities, and every request has a timeout.
import { Agent, request } from 'node:http';

const TENANT_ID = '72f988bf-0000-4000-8000-00000000be4c';
const REQUEST_TIMEOUT_MS = 30_000;
/** A phase stops sending after this long, whatever is left (those turns then count as unanswered). */
const PHASE_DEADLINE_MS = 120_000;

/** A Teams personal-chat message activity from bench user `n`. */
export function messageActivity({ n, id, text, serviceUrl, locale = 'nl-NL' }) {
  const hex = n.toString(16).padStart(12, '0');
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: {
      id: `29:bench-user-${n}`,
      name: `Medewerker ${n}`,
      aadObjectId: `00000000-0000-4000-8000-${hex}`,
    },
    recipient: { id: '28:00000000-0000-4000-8000-000000000b07', name: 'Voordeur' },
    conversation: { id: `a:bench-conversation-${n}`, conversationType: 'personal', tenantId: TENANT_ID },
    text,
    textFormat: 'plain',
    locale,
    channelData: { tenant: { id: TENANT_ID } },
    entities: [{ type: 'clientInfo', locale, country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
  };
}

export function post(agent, target, body) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
        res.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

/**
 * Runs one load phase and returns per-request latencies (ms), statuses and the wall time.
 * @param {{ endpoint: string, serviceUrl: string, conversations: number, turnsPerConversation: number,
 *   phase: string, text: string }} options
 */
export async function runLoad({ endpoint, serviceUrl, conversations, turnsPerConversation, phase, text }) {
  const target = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: conversations });
  const total = conversations * turnsPerConversation;
  const latencies = new Float64Array(total);
  const ids = [];
  const failures = new Map();
  let done = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();

  const deadline = performance.now() + PHASE_DEADLINE_MS;
  const worker = async (n) => {
    for (let i = 0; i < turnsPerConversation && performance.now() < deadline; i += 1) {
      const id = `${phase}-${n}-${i}`;
      ids.push(id);
      const body = JSON.stringify(messageActivity({ n, id, text, serviceUrl }));
      const { status, ms } = await post(agent, target, body);
      latencies[done] = ms;
      done += 1;
      if (status < 200 || status > 299) failures.set(status, (failures.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: conversations }, (_, n) => worker(n)));

  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  return {
    planned: total,
    ids,
    latencies: latencies.subarray(0, done),
    failures,
    wallMs,
    turnsPerSec: (done / wallMs) * 1000,
    /** Share of one core that this process (load generator and connector stand-in) used. */
    benchCpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
  };
}

/**
 * Runs a timed load phase: `conversations` workers send back to back for `durationMs`, each turn's text chosen
 * by `textFor(conversation, turn)`. Returns the ids with the text each carried, latencies, failures and wall time.
 * @param {{ endpoint: string, serviceUrl: string, conversations: number, durationMs: number, phase: string,
 *   textFor: (n: number, i: number) => string }} options
 */
export async function runTimedLoad({ endpoint, serviceUrl, conversations, durationMs, phase, textFor }) {
  const target = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: conversations });
  const latencies = [];
  const sent = [];
  const failures = new Map();
  const started = process.hrtime.bigint();
  const end = performance.now() + durationMs;
  const worker = async (n) => {
    for (let i = 0; performance.now() < end; i += 1) {
      const id = `${phase}-${n}-${i}`;
      const text = textFor(n, i);
      sent.push({ id, text });
      const { status, ms } = await post(
        agent,
        target,
        JSON.stringify(messageActivity({ n, id, text, serviceUrl })),
      );
      latencies.push(ms);
      if (status < 200 || status > 299) failures.set(status, (failures.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: conversations }, (_, n) => worker(n)));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { sent, latencies, failures, wallMs, turnsPerSec: (sent.length / wallMs) * 1000 };
}
