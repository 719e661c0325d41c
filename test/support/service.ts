import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import { composeService, type RunningService } from '../../src/app/compose';

/** A Voordeur service started in this process, with its log lines captured. */
export interface TestService extends RunningService {
  /** Stops the service; its data folder is removed unless `keepData` (to read what it wrote on stopping). */
  stop(options?: { graceMs?: number; keepData?: boolean }): Promise<void>;
  /** Every log line so far, as written (JSON text). */
  readonly logLines: string[];
  readonly dataDir: string;
  /** POSTs an activity to /api/messages. */
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Starts Voordeur on a free loopback port with SQLite in a fresh temporary folder (unless `DATABASE_URL` is
 * given), logging at debug level into {@link TestService.logLines}.
 */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'voordeur-test-'));
  const result = parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const logLines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const service = await composeService(result.config, createLogger('debug', capture));
  return {
    url: service.url,
    metricsUrl: service.metricsUrl,
    logLines,
    dataDir,
    post: (activity, headers = {}) =>
      fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      }),
    async stop({ keepData = false, ...options } = {}) {
      await service.stop(options);
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
