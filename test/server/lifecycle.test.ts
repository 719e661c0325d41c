import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardTexts, message } from '../support/activities';
import { createPostgresDatabase } from '../support/databases';
import { spawnProcess, type SpawnedProcess } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the compiled service (dist/, built by the global setup) as a real process. */
function runService(env: Record<string, string>): SpawnedProcess {
  return spawnProcess(process.execPath, ['dist/index.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'voordeur-proc-')),
      LOG_LEVEL: 'info',
      ...env,
    },
    name: 'voordeur',
  });
}

/**
 * jest's timeout for tests that start service processes. Each wait ends on the service's own output or its exit;
 * this only stops a test that hangs, and is far beyond a start on a busy 2-core machine.
 */
const BACKSTOP_MS = 5 * 60_000;

/** The port the service logged that it listens on; fails if the service exits first. */
async function listeningPort(child: SpawnedProcess): Promise<number> {
  const [, port] = await child.waitForOutput(/"event":"listening","port":(\d+)/);
  return Number(port);
}

/** A Bot Connector stand-in that holds every reply until {@link release}, so turns stay in flight. */
async function heldConnector(): Promise<{
  url: string;
  server: Server;
  /** Resolves when the first request has arrived. */
  firstRequest: Promise<void>;
  release: () => void;
}> {
  let arrived = () => {};
  const firstRequest = new Promise<void>((resolve) => (arrived = resolve));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((req, res) => {
    arrived();
    req.resume();
    void released.then(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    server,
    firstRequest,
    release,
  };
}

const post = (port: number, activity: unknown) =>
  fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });

describe('the service as a process', () => {
  const children: SpawnedProcess[] = [];
  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop({ signal: 'SIGKILL' })));
  });
  const start = (env: Record<string, string>) => {
    const child = runService(env);
    children.push(child);
    return child;
  };

  it(
    'on SIGTERM stops accepting, finishes the turn in flight and exits 0',
    async () => {
      const connector = await heldConnector();
      try {
        const child = start({ PORT: '0' });
        const port = await listeningPort(child);
        const inFlight = post(port, message('hulp', { serviceUrl: connector.url }));
        // The turn is in flight once its reply reaches the connector, and stays so until the service is stopping.
        await connector.firstRequest;
        child.child.kill('SIGTERM');
        const [, inFlightAtStop] = await child.waitForOutput(/"event":"stopping","inFlight":(\d+)/);
        expect(Number(inFlightAtStop)).toBeGreaterThanOrEqual(1);
        connector.release();
        const response = await inFlight.catch((error: unknown) => {
          throw new Error(`the turn in flight was cut off: ${String(error)}\n${child.output()}`);
        });
        expect(response.status).toBe(200);
        expect((await child.exited).code).toBe(0);
        await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
        expect(child.output()).toContain('"event":"stopped"');
      } finally {
        connector.release();
        connector.server.close();
      }
    },
    BACKSTOP_MS,
  );

  it('lists every bad setting at once and exits 1', async () => {
    const child = start({ PORT: 'x', TZ: 'Nowhere/Land', DATABASE_URL: 'mysql://db' });
    expect((await child.exited).code).toBe(1);
    const stderr = child.output();
    expect(stderr).toContain('PORT:');
    expect(stderr).toContain('TZ:');
    expect(stderr).toContain('DATABASE_URL:');
  });

  it(
    'runs two instances started together on one PostgreSQL',
    async () => {
      const database = await createPostgresDatabase();
      try {
        const env = { PORT: '0', DATABASE_URL: database.url };
        const pair = [start(env), start(env)];
        const ports = await Promise.all(pair.map((c) => listeningPort(c)));
        for (const port of ports) {
          expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
          const response = await post(port, {
            ...message('hulp', { serviceUrl: 'http://127.0.0.1:9/', conversationId: `a:chat-${port}` }),
            deliveryMode: 'expectReplies',
          });
          expect(response.status).toBe(200);
          const body = (await response.json()) as { activities: Record<string, unknown>[] };
          expect(body.activities.flatMap(cardTexts)).toContain('Wat kan Voordeur voor je doen?');
        }
        for (const child of pair) child.child.kill('SIGTERM');
        expect((await Promise.all(pair.map((c) => c.exited))).map((e) => e.code)).toEqual([0, 0]);
      } finally {
        await database.drop();
      }
    },
    BACKSTOP_MS,
  );
});
