import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DeliverySettings } from '../../src/delivery/delivery-settings';
import { openStorage, type Storage } from '../../src/storage/database';
import { OutboxStore } from '../../src/storage/outbox-store';
import { ConnectorSimulator, type SimulatedFaults } from '../../test/support/connector-simulator';
import { peakInWindow } from '../../test/support/window-accounting';
import {
  conversationIds,
  deliveredButUnrecorded,
  messagesTo,
  seedConversations,
} from '../../test/delivery/delivery-harness';
import {
  startDeliveryProcess,
  type DeliveryProcess,
  type RunnerOptions,
} from '../../test/delivery/delivery-process';
import { longestGap, quantile, round } from './figures';

export interface Scenario {
  name: string;
  recipients: number;
  /** The tenant limit: the simulator enforces it and the instances are configured with it. */
  limit: number;
  instances: number;
  /** PostgreSQL; SQLite in a temporary folder when absent. */
  databaseUrl?: string;
  faults?: SimulatedFaults;
  /** Conversations the simulator always answers with this status. */
  permanent?: Record<string, number>;
  settings?: Partial<DeliverySettings>;
  /** kill -9 the first instance once this share is delivered, then start a new one. */
  killAt?: number;
}

export type Figures = Record<string, number | string | number[]>;

/** Runs one scenario against a fresh simulator and database; returns its figures. */
export async function runScenario(scenario: Scenario): Promise<Figures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-bench-'));
  const where = { databaseUrl: scenario.databaseUrl, dataDir: dir, sqliteFile: 'outbox.sqlite' };
  const storage = await openStorage(where);
  const simulator = await new ConnectorSimulator({
    tenantLimits: [{ count: scenario.limit, windowMs: 1000 }],
    faults: scenario.faults,
  }).start();
  const processes: DeliveryProcess[] = [];
  try {
    for (const [id, status] of Object.entries(scenario.permanent ?? {})) simulator.setPermanent(id, status);
    const ids = conversationIds(scenario.recipients);
    await seedConversations(storage, simulator.url, ids);
    await new OutboxStore(storage.db, storage.dialect).enqueue(messagesTo(scenario.name, ids), new Date());
    const runner: RunnerOptions = {
      ...where,
      settings: { ratePerSecond: scenario.limit, ...scenario.settings },
      exitWhenIdle: true,
      progressMs: 250,
      reportDispatches: true,
    };
    const started = Date.now();
    const start = (owner: string) => {
      const child = startDeliveryProcess({ ...runner, owner });
      processes.push(child);
      return child;
    };
    for (let i = 0; i < scenario.instances; i++) await start(`instance-${i}`).waitFor('ready', 60_000);
    const kill =
      scenario.killAt === undefined
        ? undefined
        : await killAndRestart(scenario, storage, simulator, processes[0], start);
    const timeoutMs = (scenario.recipients / scenario.limit) * 4000 + 300_000;
    const finals = await Promise.all(
      processes.filter((p) => p !== kill?.killed).map((p) => p.waitFor('idle', timeoutMs)),
    );
    return await figures(
      scenario,
      storage,
      simulator,
      processes,
      finals,
      (Date.now() - started) / 1000,
      kill,
    );
  } finally {
    await Promise.all(processes.map((p) => p.kill()));
    await simulator.stop();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function killAndRestart(
  scenario: Scenario,
  storage: Storage,
  simulator: ConnectorSimulator,
  victim: DeliveryProcess,
  start: (owner: string) => DeliveryProcess,
) {
  await simulator.waitForDistinct(Math.round(scenario.recipients * scenario.killAt!), 3_600_000);
  const inFlightReported = Number(victim.events.filter((e) => e.event === 'progress').at(-1)?.inFlight ?? 0);
  await victim.kill();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const unrecorded = await deliveredButUnrecorded(storage, (id) => simulator.messages(id).length);
  const deliveredAtKill = simulator.summary().distinct;
  await start('restarted').waitFor('ready', 60_000);
  return { killed: victim, deliveredAtKill, deliveredButUnrecorded: unrecorded, inFlightReported };
}

async function figures(
  scenario: Scenario,
  storage: Storage,
  simulator: ConnectorSimulator,
  processes: DeliveryProcess[],
  finals: Record<string, unknown>[],
  durationS: number,
  kill: Awaited<ReturnType<typeof killAndRestart>> | undefined,
): Promise<Figures> {
  const rows = await storage.db.selectFrom('outbox').select(['status', 'created_at', 'sent_at']).execute();
  const latencies = rows
    .filter((r) => r.sent_at)
    .map((r) => Date.parse(r.sent_at!) - Date.parse(r.created_at));
  const failed = rows.filter((r) => r.status === 'failed').length;
  const permanent = Object.keys(scenario.permanent ?? {}).length;
  const sim = simulator.summary();
  const times = simulator.deliveryTimes;
  const spanS = times.length > 1 ? (times[times.length - 1] - times[0]) / 1000 : 0;
  const achieved = spanS > 0 ? sim.delivered / spanS : 0;
  const dispatches = finals.flatMap((f) => (Array.isArray(f.dispatches) ? (f.dispatches as number[]) : []));
  dispatches.sort((a, b) => a - b);
  const rss = processes.map((p) => Math.max(0, ...p.events.map((e) => Number(e.maxRssMb ?? e.rssMb ?? 0))));
  return {
    recipients: scenario.recipients,
    limitPerSecond: scenario.limit,
    instances: scenario.instances,
    engine: scenario.databaseUrl ? 'postgres' : 'sqlite',
    delivered: sim.distinct,
    lost: scenario.recipients - permanent - sim.distinct,
    duplicates: sim.duplicates,
    failed,
    unexpectedFailures: failed - permanent,
    achievedPerSecond: round(achieved, 2),
    rateOverLimit: round(achieved / scenario.limit, 3),
    peakRequestsInAnySecond: simulator.peakArrivals(1000),
    peakOverLimit: round(simulator.peakArrivals(1000) / scenario.limit, 3),
    // The same, counted where the instances started the requests: their pacing without the network's jitter.
    peakDispatchedInAnySecond: kill ? 'n/a (killed)' : peakInWindow(dispatches, 1000),
    throttledByTenantLimit: sim.throttledTenant,
    throttledByConversationLimit: sim.throttledConversation,
    injected429s: sim.injectedThrottles,
    injected5xx: sim.injectedErrors,
    hangs: sim.hangs,
    longestPauseMs: round(longestGap(times), 0),
    p50EnqueueToSendMs: quantile(latencies, 0.5),
    p99EnqueueToSendMs: quantile(latencies, 0.99),
    maxEnqueueToSendMs: quantile(latencies, 1),
    peakRssMb: round(Math.max(...rss), 1),
    sentPerInstance: finals.map((f) => Number(f.sent ?? 0)),
    durationS: round(durationS, 1),
    ...(kill && {
      deliveredAtKill: kill.deliveredAtKill,
      deliveredButUnrecordedAtKill: kill.deliveredButUnrecorded,
      inFlightReportedBeforeKill: kill.inFlightReported,
    }),
  };
}
