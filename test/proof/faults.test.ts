import SQLite from 'better-sqlite3';
import { request } from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { purposes } from '../../src/announcements';
import { openStorage, type Storage } from '../../src/storage/database';
import { API_ADMIN } from '../announcements/http-harness';
import { seedPeopleAt } from '../announcements/seed-people';
import { FLOW_BACKSTOP_MS } from '../delivery/delivery-harness';
import { cardTexts, message } from '../support/activities';
import { ConnectorSimulator } from '../support/connector-simulator';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn } from '../support/teams-host/entra-stand-in';

/**
 * Faults of the parts Voordeur depends on, during traffic: the database stopped and started again (PostgreSQL)
 * or locked by another process (SQLite), and the Bot Connector gone. The service must say it is not ready,
 * apologise to a person and answer 503 to the APIs, log the outage without flooding, come back by itself, and
 * deliver every queued message exactly once.
 * @remarks test/server/database-failure.test.ts covers a dropped PostgreSQL database (the apology's id and the
 * one log line); here the server itself goes away and comes back, with messages in the outbox.
 */

const TEAM = '19:vakmannen-noord@thread.tacv2';
const API_PATHS = [`/api/tab/teams/${encodeURIComponent(TEAM)}/checklist`, '/api/admin/settings'];
const PEOPLE = 30;
/** Danger now: answered from memory with the 112 card, database or not. */
const DANGER_QUESTION = 'de buurman slaat zijn vrouw, ik hoor haar gillen';
/** Slow enough that the outage falls in the middle of the announcement. */
const RATE = 5;

type LogLine = { level: number; event?: string; outboxId?: string; [key: string]: unknown };

/**
 * An HTTP request on a connection of its own.
 * @remarks The service runs in this process: while a SQLite statement waits for the lock, the event loop stands
 * still for client and server alike, and a kept-alive connection may be closed by the server just as the client
 * reuses it. A separate client (Teams, a browser) would have let it go; a fresh connection does the same here.
 */
function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: () => unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          json: () => JSON.parse(text) as unknown,
        });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Resolves once `check` is true; polls, because the thing waited for happens in another part or process. */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Voordeur with its dependencies, as the fault tests need it. */
interface Rig {
  /** How many people (`p-0`…) have a personal chat through the simulator. */
  people: number;
  service: TestService;
  storage: Storage;
  simulator: ConnectorSimulator;
  connector: ConnectorStandIn;
  entra: EntraStandIn;
}

async function startRig(
  env: Record<string, string>,
  storageOf: (service: TestService) => Promise<Storage>,
  people = PEOPLE,
) {
  const simulator = await new ConnectorSimulator({ tenantLimits: [{ count: 50, windowMs: 1000 }] }).start();
  const connector = await new ConnectorStandIn().start();
  const entra = await new EntraStandIn().start();
  const service = await startTestService({
    ...entra.serviceEnv(),
    SEND_RATE_PER_SECOND: String(RATE),
    DELIVERY_POLL_MS: '100',
    // Long enough that no lease runs out during the outage: a message sent twice then is the service's doing.
    DELIVERY_LEASE_MS: '30000',
    DELIVERY_SEND_TIMEOUT_MS: '5000',
    ...env,
  });
  const storage = await storageOf(service);
  const ids = Array.from({ length: people }, (_, i) => `p-${i}`);
  await seedPeopleAt(storage, simulator.url, ids, { id: API_ADMIN.oid, name: API_ADMIN.name });
  return { people, service, storage, simulator, connector, entra } satisfies Rig;
}

async function stopRig(rig: Partial<Rig>) {
  await rig.storage?.close();
  await rig.service?.stop();
  await rig.simulator?.stop();
  await rig.connector?.stop();
  await rig.entra?.stop();
}

function api(rig: Rig, method: string, route: string, body?: unknown) {
  return call(`${rig.service.url}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${rig.entra.token(API_ADMIN)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Creates and sends an announcement to everyone; returns its id. */
async function announce(rig: Rig, title: string): Promise<string> {
  const created = await api(rig, 'POST', '/api/admin/announcements', {
    title,
    body: 'Het werkoverleg over de meldcode is verplaatst naar donderdag.',
    audience: { kind: 'all' },
    acknowledge: false,
  });
  expect(created.status).toBe(201);
  const { id } = created.json() as { id: string };
  expect((await api(rig, 'POST', `/api/admin/announcements/${id}/send`, {})).status).toBe(202);
  return id;
}

/** The outbox id of the announcement's message to `person`. */
async function outboxIdOf(storage: Storage, announcement: string, person: string): Promise<string> {
  const row = await storage.db
    .selectFrom('outbox')
    .select('id')
    .where('purpose', '=', purposes.message(announcement))
    .where('idempotency_key', 'like', `%|person:${person}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Resolves once no message of the announcement is pending or being sent. */
async function untilDelivered(storage: Storage, announcement: string): Promise<void> {
  await until(async () => {
    const open = await storage.db
      .selectFrom('outbox')
      .select('id')
      .where('purpose', '=', purposes.message(announcement))
      .where('status', 'in', ['pending', 'sending'])
      .execute();
    return open.length === 0;
  });
}

/** Every person got the announcement exactly once, and nothing was sent twice. */
function expectEachOnce({ simulator, people }: Rig, title: string): void {
  const counts = Array.from({ length: people }, (_, i) =>
    simulator.messages(`a:p-${i}`).filter((m) => JSON.stringify(m).includes(title)),
  ).map((list) => list.length);
  expect(counts).toEqual(Array.from({ length: people }, () => 1));
  expect(simulator.summary().duplicates).toBe(0);
}

/** A turn in a personal chat: the card the bot answered with, as its texts. */
async function turn(rig: Rig, text: string, conversationId: string): Promise<string[]> {
  const before = rig.connector.messages(conversationId).length;
  const response = await call(`${rig.service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message(text, { serviceUrl: rig.connector.url, conversationId })),
  });
  expect(response.status).toBe(200);
  const sent = rig.connector.messages(conversationId).slice(before);
  expect(sent).toHaveLength(1);
  return cardTexts(sent[0]);
}

/** A change through the admin API: clears the organisation's aandachtsfunctionaris. */
const WRITE = ['PUT', '/api/admin/settings/aandachtsfunctionaris', { contact: null }] as const;

/**
 * The APIs while the database is away: 503 with Retry-After and the error shape, for reads when `reads` is 503
 * and always for a change. (With SQLite locked by another process, reads still work, and answer.)
 */
async function expectApiUnavailable(rig: Rig, reads: 200 | 503): Promise<void> {
  for (const route of API_PATHS)
    expect([route, (await api(rig, 'GET', route)).status]).toEqual([route, reads]);
  for (const [method, route, body] of [
    ...(reads === 503 ? API_PATHS.map((r) => ['GET', r, undefined] as const) : []),
    WRITE,
  ]) {
    const response = await api(rig, method, route, body);
    expect([method, route, response.status]).toEqual([method, route, 503]);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  }
}

async function expectApiAvailable(rig: Rig): Promise<void> {
  for (const route of API_PATHS) expect([route, (await api(rig, 'GET', route)).status]).toEqual([route, 200]);
  const [method, route, body] = WRITE;
  expect((await api(rig, method, route, body)).status).toBe(200);
}

const readyStatus = async (rig: Rig) => (await call(`${rig.service.url}/readyz`)).status;
const logs = (rig: Rig, from = 0) => rig.service.logLines.slice(from).map((l) => JSON.parse(l) as LogLine);
/** Lines at warn level or above: what an operator's alert would read. */
const loud = (rig: Rig, from: number) => logs(rig, from).filter((l) => l.level >= 40);

/**
 * The outage itself, the same for both engines: `goDown` makes the database unusable, `comeBack` ends that.
 * Sends an announcement, holds the answer to one message until the database is down (Teams accepted it; the
 * outcome cannot be written), checks what people, the APIs and the log see, then ends the outage.
 */
function outageDuringTraffic(
  rig: () => Rig,
  database: { goDown(): Promise<void> | void; comeBack(): Promise<void> | void; reads: 200 | 503 },
) {
  const title = 'Werkoverleg verplaatst';
  let announcement = '';
  let outageFrom = 0;
  let heldId = '';

  it('is ready and answers before the outage', async () => {
    expect(await readyStatus(rig())).toBe(200);
    expect(await turn(rig(), 'hulp', 'a:before')).not.toContain('Sorry, er ging iets mis');
    await expectApiAvailable(rig());
  });

  it('goes down in the middle of an announcement, with a message in flight', async () => {
    const { simulator, storage } = rig();
    const held = simulator.holdAnswer('a:p-10');
    announcement = await announce(rig(), title);
    await held.arrived;
    heldId = await outboxIdOf(storage, announcement, 'p-10');
    outageFrom = rig().service.logLines.length;
    await database.goDown();
    // Teams accepted the message and answers now: its outcome cannot be written.
    held.release();
    await until(() => logs(rig(), outageFrom).some((l) => l.outboxId === heldId));
    expect(simulator.summary().distinct).toBeLessThan(PEOPLE);
  });

  it('reports not ready, still answers a meldcode question, apologises where data is needed, APIs 503', async () => {
    expect(await readyStatus(rig())).toBe(503);
    // The knowledge is in memory: a question, and a first message in a new chat, are answered as before.
    const danger = await turn(rig(), DANGER_QUESTION, 'a:during-question');
    expect(danger).toContain('Direct gevaar? Bel 112.');
    expect(danger).not.toContain('Sorry, er ging iets mis');
    // Starting "ik zie iets" stores the flow: that turn apologises, with 112 and Veilig Thuis on the card.
    const apology = await turn(rig(), 'ik zie iets', 'a:during');
    expect(apology).toContain('Sorry, er ging iets mis');
    expect(apology.join(' ')).toContain('0800-2000');
    await expectApiUnavailable(rig(), database.reads);
    expect((await call(`${rig().service.url}/healthz`)).status).toBe(200);
  });

  it('does not log more lines for more failed requests while the database is down', async () => {
    const before = loud(rig(), outageFrom).length;
    for (let i = 0; i < 5; i++) {
      expect(await turn(rig(), 'ik zie iets', `a:during-${i}`)).toContain('Sorry, er ging iets mis');
      await expectApiUnavailable(rig(), database.reads);
    }
    const lines = loud(rig(), outageFrom);
    expect(lines.length).toBe(before);
    // What there is names the outage, never a message's content.
    expect(JSON.stringify(lines)).not.toContain(title);
  });

  it('comes back without a restart and delivers every queued message exactly once', async () => {
    await database.comeBack();
    await until(async () => (await readyStatus(rig())) === 200);
    expect(await turn(rig(), 'hulp', 'a:after')).not.toContain('Sorry, er ging iets mis');
    await expectApiAvailable(rig());

    await untilDelivered(rig().storage, announcement);
    expectEachOnce(rig(), title);
    const counts = await rig()
      .storage.db.selectFrom('outbox')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('purpose', '=', purposes.message(announcement))
      .groupBy('status')
      .execute();
    // The people's messages and the author's own copy.
    expect(counts.map((c) => c.status)).toEqual(['sent']);
  });
}

describe('PostgreSQL stopped and started again during traffic', () => {
  let postgres: PostgresServer;
  let url: string;
  const parts: Partial<Rig> = {};
  beforeAll(async () => {
    // A server of its own: stopping the shared one would take the other test files' databases down with it.
    postgres = await startPostgres();
    const admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query('create database faults');
    await admin.end();
    url = postgres.adminUrl.replace(/\/postgres$/, '/faults');
    Object.assign(
      parts,
      await startRig({ DATABASE_URL: url }, () => openStorage({ databaseUrl: url, dataDir: '' })),
    );
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    await stopRig(parts);
    postgres?.stop();
  });

  outageDuringTraffic(() => parts as Rig, {
    reads: 503,
    goDown: () => postgres.halt(),
    comeBack: () => postgres.resume(),
  });
});

describe('SQLite locked by another process during traffic', () => {
  const parts: Partial<Rig> = {};
  let locker: SQLite.Database | undefined;
  beforeAll(async () => {
    Object.assign(parts, await startRig({}, (service) => openStorage({ dataDir: service.dataDir })));
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => {
    locker?.close();
    await stopRig(parts);
  });

  outageDuringTraffic(() => parts as Rig, {
    reads: 200,
    goDown() {
      // Another program (a backup tool, a second copy started by mistake) takes the write lock and keeps it.
      locker = new SQLite(path.join(parts.service!.dataDir, 'voordeur.sqlite'));
      locker.exec('BEGIN EXCLUSIVE');
    },
    comeBack() {
      locker?.exec('ROLLBACK');
      locker?.close();
      locker = undefined;
    },
  });
});

describe('the Bot Connector down while messages are queued', () => {
  const parts: Partial<Rig> = {};
  beforeAll(async () => {
    // A short send timeout: a connector that stops answering costs each attempt that long.
    const env = { SEND_RATE_PER_SECOND: '50', DELIVERY_SEND_TIMEOUT_MS: '1000', DELIVERY_LEASE_MS: '10000' };
    Object.assign(parts, await startRig(env, (service) => openStorage({ dataDir: service.dataDir }), 8));
  }, FLOW_BACKSTOP_MS);
  afterAll(async () => stopRig(parts));

  /** Resolves once every message of the announcement has been tried and has failed at least once. */
  async function untilEachTried(announcement: string): Promise<void> {
    await until(async () => {
      const untried = await parts
        .storage!.db.selectFrom('outbox')
        .select('id')
        .where('purpose', '=', purposes.message(announcement))
        .where((eb) => eb.or([eb('attempts', '=', 0), eb('status', '!=', 'pending')]))
        .execute();
      return untried.length === 0;
    });
  }

  it.each([
    ['refuses connections', 'refuse'],
    ['stops answering', 'silent'],
  ] as const)(
    'when it %s, the messages wait in the outbox and each goes once when it is back',
    async (_, mode) => {
      const rig = parts as Rig;
      const title = `Verplaatst (${mode})`;
      const before = rig.simulator.summary();
      await rig.simulator.goDown(mode);
      const announcement = await announce(rig, title);
      await untilEachTried(announcement);
      // Nothing reached the connector, and nothing was given up on.
      expect(rig.simulator.summary().distinct).toBe(before.distinct);
      const reasons = await rig.storage.db
        .selectFrom('outbox')
        .select('last_error')
        .distinct()
        .where('purpose', '=', purposes.message(announcement))
        .execute();
      expect(reasons.map((r) => r.last_error)).toEqual([mode === 'refuse' ? 'network' : 'timeout']);

      await rig.simulator.comeBack();
      await untilDelivered(rig.storage, announcement);
      expectEachOnce(rig, title);
      if (mode === 'silent') expect(rig.simulator.summary().unanswered).toBeGreaterThan(0);
    },
    FLOW_BACKSTOP_MS,
  );
});
