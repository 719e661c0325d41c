import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A free TCP port on `host`, found by letting the system pick one and releasing it.
 * @remarks Another process may take the port before the caller binds it; prefer port 0 where the server
 * supports it and reports its port, and use this for programs that need a port number up front.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Shown in errors. Defaults to the command. */
  name?: string;
  /** How much of the combined output to keep, in characters (the newest is kept). Default 200,000. */
  maxOutput?: number;
}

/** A child process that leads its own process group, with its output captured. */
export interface SpawnedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /**
   * Resolves with the first match of `pattern` in the output; rejects when the process exits first or, given
   * `timeoutMs`, on timeout.
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Stops the whole process group: `signal` (SIGTERM) first, SIGKILL after `graceMs` (5 s) if the leader is still
   * running, and SIGKILL to the group in any case, for children the leader left behind. Never throws.
   */
  stop(options?: { signal?: NodeJS.Signals; graceMs?: number }): Promise<void>;
}

const running = new Set<number>();
let exitHookInstalled = false;

/** Last resort when a test process ends without `stop()` (a crash, a timeout in a hook): no orphans. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pgid of running) killGroup(pgid, 'SIGKILL');
  });
}

function killGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone.
  }
}

/**
 * Starts `command` in a new process group (detached, so it and every child it starts can be stopped together),
 * with stdin closed and stdout/stderr captured.
 */
export function spawnProcess(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): SpawnedProcess {
  const name = options.name ?? command;
  const maxOutput = options.maxOutput ?? 200_000;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) {
    // spawn reports a missing command asynchronously, but leaves pid undefined at once.
    throw new Error(`${name}: could not start ${command}`);
  }
  const pid = child.pid;
  installExitHook();
  running.add(pid);

  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > maxOutput) output = output.slice(-maxOutput);
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      for (const listener of listeners) listener();
      resolve(exitInfo);
    });
  });

  const tail = () => output.slice(-4000);

  return {
    name,
    child,
    pid,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) return finish(() => resolve(match));
          if (exitInfo) {
            return finish(() =>
              reject(
                new Error(
                  `${name} exited (${JSON.stringify(exitInfo)}) before printing ${pattern}:\n${tail()}`,
                ),
              ),
            );
          }
        };
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(
                () =>
                  finish(() =>
                    reject(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms:\n${tail()}`)),
                  ),
                timeoutMs,
              );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async stop({ signal = 'SIGTERM', graceMs = 5000 } = {}) {
      if (!exitInfo) {
        killGroup(pid, signal);
        let timer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        await Promise.race([exited, graceOver]);
        clearTimeout(timer);
      }
      killGroup(pid, 'SIGKILL');
      if (!exitInfo)
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      running.delete(pid);
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}

/**
 * Polls `url` until it answers with a status that `accept` likes (any status below 500 by default) and returns
 * that status, or throws after `timeoutMs` with the last error.
 */
export async function waitForUrl(
  url: string,
  { timeoutMs = 30_000, intervalMs = 200, accept = (status: number) => status < 500 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(Math.max(500, Math.min(5000, intervalMs * 10))),
      });
      await response.body?.cancel();
      if (accept(response.status)) return response.status;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    if (Date.now() >= deadline)
      throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
