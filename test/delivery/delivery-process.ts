import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DeliverySettings } from '../../src/delivery/delivery-settings';
import { transpileForChildren } from '../support/transpile-for-children';

export interface RunnerOptions {
  databaseUrl?: string;
  dataDir?: string;
  sqliteFile?: string;
  owner?: string;
  settings?: Partial<DeliverySettings>;
  exitWhenIdle?: boolean;
  progressMs?: number;
  reportDispatches?: boolean;
}

/** A line the runner printed. */
export type RunnerEvent = { event: string } & Record<string, unknown>;

/** A delivery instance running in its own process (`fixtures/delivery-runner.ts`). */
export interface DeliveryProcess {
  readonly child: ChildProcess;
  readonly events: RunnerEvent[];
  /**
   * Resolves with the first event of that name; rejects when the process exits first or, given `timeoutMs`,
   * on timeout. Tests pass no timeout: the event or the process's exit decides.
   */
  waitFor(event: string, timeoutMs?: number): Promise<RunnerEvent>;
  readonly exited: Promise<number | null>;
  /** kill -9: no chance to finish anything. */
  kill(): Promise<void>;
}

/** Starts a delivery instance in a child process, running transpiled JavaScript. */
export function startDeliveryProcess(options: RunnerOptions): DeliveryProcess {
  const runner = path.join(transpileForChildren(), 'test/delivery/fixtures/delivery-runner.js');
  const child = spawn(process.execPath, [runner, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: RunnerEvent[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-5000)));
  const listeners = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      events.push(JSON.parse(line) as RunnerEvent);
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const listener of [...listeners]) listener();
  });

  return {
    child,
    events,
    exited,
    waitFor(event, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(
                () => finish(new Error(`no "${event}" from the runner within ${timeoutMs} ms`)),
                timeoutMs,
              );
        const check = () => {
          const found = events.find((e) => e.event === event);
          if (found) finish(undefined, found);
          else if (done) finish(new Error(`the runner exited before "${event}": ${stderr}`));
        };
        const finish = (error?: Error, found?: RunnerEvent) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(found!);
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (!done) child.kill('SIGKILL');
      await exited;
    },
  };
}
