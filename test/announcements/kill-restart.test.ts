import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { purposes } from '../../src/announcements';
import { openStorage, type Storage } from '../../src/storage/database';
import { FLOW_BACKSTOP_MS } from '../delivery/delivery-harness';
import { ConnectorSimulator } from '../support/connector-simulator';
import { spawnProcess, type SpawnedProcess } from '../support/processes';
import { EntraStandIn } from '../support/teams-host/entra-stand-in';
import { API_ADMIN } from './http-harness';
import { seedPeopleAt } from './seed-people';

const ROOT = path.resolve(__dirname, '../..');
const RATE = 50;
const PEOPLE = 2000;

/**
 * The service as a real process (dist/, built by the global setup), killed with SIGKILL halfway through an
 * announcement, then started again on the same database: nobody is left out, and only a message Teams accepted in
 * the moment before the kill, without its outcome written, can arrive twice.
 */
describe('kill -9 of the service halfway through an announcement, then a restart', () => {
  let dataDir: string;
  let storage: Storage;
  let simulator: ConnectorSimulator;
  let entra: EntraStandIn;
  const children: SpawnedProcess[] = [];
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'voordeur-announce-kill-'));
    simulator = await new ConnectorSimulator({ tenantLimits: [{ count: RATE, windowMs: 1000 }] }).start();
    entra = await new EntraStandIn().start();
    storage = await openStorage({ dataDir });
    const ids = Array.from({ length: PEOPLE }, (_, i) => `p-${i}`);
    await seedPeopleAt(storage, simulator.url, ids, { id: API_ADMIN.oid, name: API_ADMIN.name });
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop({ signal: 'SIGKILL' })));
    await storage?.close();
    await simulator?.stop();
    await entra?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts the service on the shared data folder; resolves with its URL once it listens. */
  async function start(): Promise<{ child: SpawnedProcess; url: string }> {
    const child = spawnProcess(process.execPath, ['dist/index.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...entra.serviceEnv(),
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        SEND_RATE_PER_SECOND: String(RATE),
        DELIVERY_POLL_MS: '100',
        // A short lease, so the restarted service takes the killed one's messages over within seconds; the timeout
        // is not short, so a slow answer on a busy machine is not mistaken for a lost one and sent again.
        DELIVERY_LEASE_MS: '20000',
        DELIVERY_SEND_TIMEOUT_MS: '8000',
      },
      name: 'voordeur',
    });
    children.push(child);
    const [, port] = await child.waitForOutput(/"event":"listening","port":(\d+)/);
    return { child, url: `http://127.0.0.1:${port}` };
  }

  const call = (url: string, method: string, route: string, body?: unknown) =>
    fetch(`${url}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${entra.token(API_ADMIN)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** The recipients whose message the outbox has in this status, by conversation. */
  async function conversationsIn(id: string, statuses: ('sent' | 'pending' | 'sending')[]) {
    const rows = await storage.db
      .selectFrom('outbox')
      .select('idempotency_key')
      .where('purpose', '=', purposes.message(id))
      .where('status', 'in', statuses)
      .execute();
    return rows.map((row) => `a:${row.idempotency_key.split('|person:')[1]}`);
  }

  it(
    'loses nobody, and sends again only what was in flight at the kill',
    async () => {
      const first = await start();
      const created = await call(first.url, 'POST', '/api/admin/announcements', {
        title: 'Werkoverleg verplaatst',
        body: 'Het werkoverleg over de meldcode is verplaatst naar donderdag.',
        audience: { kind: 'all' },
        acknowledge: false,
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await call(first.url, 'POST', `/api/admin/announcements/${id}/send`, {})).status).toBe(202);

      await simulator.waitForDistinct(PEOPLE / 2);
      await first.child.stop({ signal: 'SIGKILL' });
      // Whatever the killed process wrote before it died has arrived once its connections are closed.
      await simulator.quiet();
      const deliveredAtKill = simulator.summary().distinct;
      const recordedAtKill = await conversationsIn(id, ['sent']);
      const unfinished = await conversationsIn(id, ['pending', 'sending']);
      const unrecorded = unfinished.filter((c) => simulator.messages(c).length > 0).length;
      expect(deliveredAtKill).toBeLessThan(PEOPLE);
      expect(recordedAtKill.length + unfinished.length).toBe(PEOPLE + 1);

      const second = await start();
      // The read that sees the last message finish records the announcement as sent.
      for (;;) {
        const res = await call(second.url, 'GET', `/api/admin/announcements/${id}`);
        const json = (await res.json()) as { status: string; counts: Record<string, number> };
        if (json.status === 'sent') {
          expect(json.counts).toMatchObject({ total: PEOPLE + 1, sent: PEOPLE + 1, failed: 0, pending: 0 });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }

      // Everyone got it; what was recorded as sent before the kill was never sent again.
      for (let i = 0; i < PEOPLE; i++)
        expect(simulator.messages(`a:p-${i}`).length).toBeGreaterThanOrEqual(1);
      const adminChat = `a:${API_ADMIN.oid}`; // also has the author's card
      for (const conversation of recordedAtKill.filter((c) => c !== adminChat))
        expect(simulator.messages(conversation)).toHaveLength(1);
      const { duplicates } = simulator.summary();
      expect(duplicates).toBeLessThanOrEqual(unrecorded);
      process.stdout.write(
        `announcement kill -9 at ${deliveredAtKill}/${PEOPLE + 2} delivered: ${unrecorded} delivered but ` +
          `unrecorded, ${duplicates} sent twice after the restart\n`,
      );
    },
    FLOW_BACKSTOP_MS,
  );
});
