import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnProcess, type SpawnedProcess } from '../../support/processes';

const ROOT = path.resolve(__dirname, '../../..');

/** A request as the fuzzers and the auth table describe it. */
export interface ProofRequest {
  method: string;
  /** Path and query string, already encoded. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as is. */
  body?: string | Buffer;
}

export interface ProofAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** What the service wrote to its stdout and stderr: byte counts and the longest line, never kept whole. */
export interface LogAccount {
  bytes: number;
  stderr: string;
  /** Length in bytes of the longest line so far, and its start (for the report). */
  longestLine: { bytes: number; start: string };
  /** Lines at level error (50) or fatal (60), cut to 500 characters. */
  errorLines: string[];
}

/**
 * Voordeur built (dist/, made by jest's global setup) and run as a real process, as in production: its own
 * stdout and stderr are measured, a crash shows as an exit, and nothing of the test's process is shared.
 */
export class ProofService {
  private constructor(
    readonly name: string,
    readonly child: SpawnedProcess,
    readonly dataDir: string,
    private readonly account: LogAccount,
  ) {}
  url = '';
  /** How many requests were sent through {@link request}. */
  requests = 0;
  /** How many answers had each status, for the suite's summary. */
  readonly statuses = new Map<number, number>();
  private exit?: { code: number | null; signal: NodeJS.Signals | null };

  static async start(name: string, env: Record<string, string>): Promise<ProofService> {
    const dataDir = mkdtempSync(path.join(tmpdir(), `voordeur-${name}-`));
    const child = spawnProcess(process.execPath, ['dist/index.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
      name,
      maxOutput: 20_000,
    });
    const account: LogAccount = {
      bytes: 0,
      stderr: '',
      longestLine: { bytes: 0, start: '' },
      errorLines: [],
    };
    const service = new ProofService(name, child, dataDir, account);
    let partial = '';
    const lines = (chunk: Buffer) => {
      account.bytes += chunk.length;
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      // A line still being written counts too: an endless line never ends.
      for (const line of [...parts, partial]) {
        const bytes = Buffer.byteLength(line);
        if (bytes > account.longestLine.bytes) account.longestLine = { bytes, start: line.slice(0, 300) };
        if (line !== partial && /"level":(50|60)/.test(line)) account.errorLines.push(line.slice(0, 500));
      }
    };
    child.child.stdout?.on('data', lines);
    child.child.stderr?.on('data', (chunk: Buffer) => {
      lines(chunk);
      if (account.stderr.length < 20_000) account.stderr += chunk.toString('utf8');
    });
    void child.exited.then((exit) => (service.exit = exit));
    const [, port] = await child.waitForOutput(/"event":"listening","port":(\d+)/);
    service.url = `http://127.0.0.1:${port}`;
    return service;
  }

  /** The output so far: bytes, stderr, the longest line, error lines. */
  log(): Readonly<LogAccount> {
    return { ...this.account, errorLines: [...this.account.errorLines] };
  }

  /** Why the process ended, or undefined while it runs. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exit;
  }

  /**
   * Sends one request over a kept-alive connection and reads the answer whole. Unlike fetch it sends a body with
   * any method and passes the path as written, so that malformed requests reach the service.
   */
  request(request: ProofRequest): Promise<ProofAnswer> {
    this.requests += 1;
    const url = new URL(this.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          agent: this.agent,
          host: url.hostname,
          port: url.port,
          method: request.method,
          path: request.path,
          headers: {
            ...(request.body === undefined ? {} : { 'content-length': Buffer.byteLength(request.body) }),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(request.body);
    });
  }

  private readonly agent = new Agent({ keepAlive: true, maxSockets: 16 });

  /** The statuses answered so far, as `200×812 400×301 …`. */
  statusSummary(): string {
    return [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    await this.child.stop({ signal: 'SIGTERM' });
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Runs `work` over `items` with at most `width` at a time, in order of start; resolves with the results. */
export async function inPool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
