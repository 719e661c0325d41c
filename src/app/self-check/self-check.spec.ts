import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTestStorage } from '../../../test/support/databases';
import { parseConfig, type Config } from '../../config';
import type { ConversationAddress } from '../../directory/installations';
import type { Storage } from '../../storage/database';
import { InstallationStore } from '../../storage/installation-store';
import { JobLeaseStore } from '../../storage/job-lease-store';
import { OutboxStore } from '../../storage/outbox-store';
import { configCheck, manifestCheck } from './config-checks';
import { jobChecks } from './job-checks';
import {
  botTokenCheck,
  databaseCheck,
  installationsCheck,
  languageModelCheck,
  outboxCheck,
} from './runtime-checks';
import { runSelfCheck, type Check } from './self-check';

const BOT = '0b7e4d21-3c5a-4f8e-a1b2-c3d4e5f60718';
const CLIENT = 'd2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f';
const TENANT = '8d3f1c2e-0000-4000-8000-00000000beef';
const PRODUCTION = {
  BOT_ID: BOT,
  SECRET_BOT_PASSWORD: 'p',
  AAD_APP_CLIENT_ID: CLIENT,
  AAD_APP_TENANT_ID: TENANT,
  DELIVERY_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
};

function config(env: Record<string, string>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

const statusOf = async (check: Check) => (await check.run()).status;
const minutes = (n: number) => n * 60_000;

describe('the self-check', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  });
  afterAll(() => storage.close());

  it('judges the configuration: production settings ok, local mode and a missing service URL warn, no sign-in app errs', async () => {
    expect(await statusOf(configCheck(config(PRODUCTION)))).toBe('ok');
    expect(await statusOf(configCheck(config({ ...PRODUCTION, DELIVERY_SERVICE_URL: '' })))).toBe('warning');
    const local = await configCheck(config({ AAD_APP_CLIENT_ID: CLIENT, AAD_APP_TENANT_ID: TENANT })).run();
    expect(local).toMatchObject({ status: 'warning', detail: expect.stringContaining('lokale modus') });
    const noSignIn = await configCheck(
      config({ ...PRODUCTION, AAD_APP_CLIENT_ID: '', AAD_APP_TENANT_ID: '' }),
    ).run();
    expect(noSignIn).toMatchObject({ status: 'error', fix: expect.stringContaining('AAD_APP_CLIENT_ID') });
  });

  it('fetches a bot token: ok when it comes, an error with a fix when it does not, a warning in local mode', async () => {
    expect(await statusOf(botTokenCheck(async () => 'token'))).toBe('ok');
    const refused = await botTokenCheck(() => Promise.reject(new Error('AADSTS7000215'))).run();
    expect(refused).toMatchObject({ status: 'error', fix: expect.stringContaining('SECRET_BOT_PASSWORD') });
    expect(JSON.stringify(refused)).not.toContain('AADSTS');
    expect(await statusOf(botTokenCheck(undefined))).toBe('warning');
  });

  it('asks the database itself: a migrated database is ok; pending migrations or no answer are errors', async () => {
    expect(await databaseCheck(storage).run()).toMatchObject({ status: 'ok' });
    const behind = { dialect: 'sqlite', ping: () => storage.ping(), pendingMigrations: async () => 2 };
    expect(await databaseCheck(behind).run()).toMatchObject({
      status: 'error',
      detail: expect.stringContaining('2'),
    });
    const closed = await openTestStorage('sqlite');
    await closed.close();
    expect(await statusOf(databaseCheck(closed))).toBe('error');
  });

  it('warns when the oldest waiting message waits 10 minutes, and errs after an hour', async () => {
    const outbox = new OutboxStore(storage.db, storage.dialect);
    const t0 = new Date('2026-12-02T10:00:00.000Z');
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    const check = (ms: number) => outboxCheck(() => outbox.queueStats(), at(ms));
    expect(await statusOf(check(0))).toBe('ok');
    await outbox.enqueue(
      [
        {
          purpose: 'p',
          idempotencyKey: 'k',
          recipient: { kind: 'person', aadObjectId: 'p1' },
          payload: { type: 'message', text: '' },
        },
      ],
      t0,
    );
    expect(await statusOf(check(minutes(9)))).toBe('ok');
    expect(await check(minutes(15)).run()).toMatchObject({
      status: 'warning',
      detail: expect.stringContaining('15'),
    });
    expect(await statusOf(check(minutes(61)))).toBe('error');
  });

  it('counts installations, and warns when nobody can be reached or many chats are gone', async () => {
    const fresh = await openTestStorage('sqlite');
    try {
      const installations = new InstallationStore(fresh.db);
      const check = installationsCheck(() => installations.counts());
      expect(await statusOf(check)).toBe('warning');
      const install = (id: string) =>
        installations.record({
          conversationId: id,
          scope: 'personal',
          aadObjectId: id,
          address: address(id),
          at: new Date(),
          event: 'install',
        });
      for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) await install(id);
      await installations.markUninstalled('a', new Date());
      await installations.markGone('a', 'http-403', new Date());
      expect(await installations.counts()).toEqual({
        personal: { active: 9, uninstalled: 1, gone: 0 },
        team: { active: 0, uninstalled: 0, gone: 0 },
      });
      expect(await statusOf(check)).toBe('ok');
      await installations.markGone('b', 'http-403', new Date());
      await installations.markGone('c', 'http-404', new Date());
      expect(await check.run()).toMatchObject({
        status: 'warning',
        detail: expect.stringContaining('2 onbereikbaar'),
      });
    } finally {
      await fresh.close();
    }
  });

  describe('the language model', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const ok = req.headers.authorization === 'Bearer good' || req.headers['api-key'] === 'good';
        const known = req.url === '/v1/models' || req.url?.startsWith('/openai/models?api-version=');
        res.statusCode = !known ? 404 : ok ? 200 : 401;
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const model = (key: string, baseUrl: string) =>
      config({ OPENAI_API_KEY: key, OPENAI_BASE_URL: baseUrl }).languageModel;

    it('is ok when none is configured or its API answers the key; a refused key or no answer is an error', async () => {
      expect(await statusOf(languageModelCheck(undefined))).toBe('ok');
      expect(await statusOf(languageModelCheck(model('good', `${base}/v1`)))).toBe('ok');
      expect(await languageModelCheck(model('bad', `${base}/v1`)).run()).toMatchObject({
        status: 'error',
        detail: expect.stringContaining('401'),
      });
      expect(await statusOf(languageModelCheck(model('good', `${base}/elsewhere`)))).toBe('warning');
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      expect(await statusOf(languageModelCheck(model('good', `http://127.0.0.1:${port}/v1`)))).toBe('error');
    });

    it('uses the Azure path and header for Azure OpenAI', async () => {
      const azure = {
        kind: 'azure',
        apiKey: 'good',
        endpoint: base,
        deployment: 'd',
        apiVersion: '2024-10-21',
      } as const;
      expect(await statusOf(languageModelCheck({ ...azure, timeoutMs: 1000 }))).toBe('ok');
      expect(await statusOf(languageModelCheck({ ...azure, apiKey: 'bad', timeoutMs: 1000 }))).toBe('error');
    });
  });

  it('compares the built app package with the running bot id and sign-in app', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-manifest-'));
    try {
      const running = config(PRODUCTION);
      expect(await statusOf(manifestCheck(running, path.join(dir, 'none')))).toBe('warning');
      const write = (env: string, botId: string) =>
        writeFileSync(
          path.join(dir, `manifest.${env}.json`),
          JSON.stringify({ bots: [{ botId }], webApplicationInfo: { id: CLIENT } }),
        );
      write('dev', 'a1111111-0000-4000-8000-000000000000');
      expect(await manifestCheck(running, dir).run()).toMatchObject({
        status: 'error',
        detail: expect.stringContaining('manifest.dev.json: bot-id a1111111'),
      });
      write('prod', BOT);
      expect(await manifestCheck(running, dir).run()).toMatchObject({
        status: 'ok',
        detail: expect.stringContaining('manifest.prod.json'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('judges each job by its last run against its schedule', async () => {
    const leases = new JobLeaseStore(storage.db);
    const now = new Date('2026-12-02T10:30:00.000Z');
    const jobs = [
      { name: 'hourly', schedule: '17 * * * *' },
      { name: 'failing', schedule: '17 * * * *' },
      { name: 'missed', schedule: '17 * * * *' },
      { name: 'new', schedule: '41 3 * * *' },
    ];
    const slot = new Date('2026-12-02T10:17:00.000Z');
    await leases.claim('hourly', slot, 'i1', slot);
    await leases.finish('hourly', slot, 'ok', '{"flows":2}', slot);
    await leases.claim('failing', slot, 'i1', slot);
    await leases.finish('failing', slot, 'failed', 'error-id-1', slot);
    const early = new Date('2026-12-02T08:17:00.000Z');
    await leases.claim('missed', early, 'i1', early);
    await leases.finish('missed', early, 'ok', null, early);
    const judge = async (startedAt: Date) =>
      Object.fromEntries(
        await Promise.all(
          jobChecks({
            jobs,
            runs: await leases.list(),
            timeZone: 'Europe/Amsterdam',
            startedAt,
            now: () => now,
          }).map(async (c) => [c.id, (await c.run()).status]),
        ),
      );
    expect(await judge(new Date('2026-12-01T00:00:00.000Z'))).toEqual({
      'job:hourly': 'ok',
      'job:failing': 'error',
      'job:missed': 'warning',
      'job:new': 'warning',
    });
    // Started after the last scheduled times: nothing could have run yet.
    expect(await judge(new Date('2026-12-02T10:20:00.000Z'))).toMatchObject({
      'job:missed': 'ok',
      'job:new': 'ok',
    });
    const unreadable = jobChecks({ jobs, runs: undefined, timeZone: 'UTC', startedAt: now, now: () => now });
    expect(await statusOf(unreadable[0])).toBe('error');
  });

  it('reports the worst status, and a check that throws or hangs as an error without its message', async () => {
    const failures: string[] = [];
    const report = await runSelfCheck(
      [
        { id: 'fine', title: 'Fine', run: async () => ({ status: 'ok', detail: 'ok' }) },
        { id: 'warn', title: 'Warn', run: async () => ({ status: 'warning', detail: 'w' }) },
        { id: 'throws', title: 'Throws', run: () => Promise.reject(new Error('secret detail')) },
        { id: 'hangs', title: 'Hangs', run: () => new Promise(() => undefined) },
      ],
      () => new Date('2026-12-02T10:00:00.000Z'),
      (id) => failures.push(id),
      50,
    );
    expect(report.status).toBe('error');
    expect(report.checkedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['fine', 'ok'],
      ['warn', 'warning'],
      ['throws', 'error'],
      ['hangs', 'error'],
    ]);
    expect(JSON.stringify(report)).not.toContain('secret detail');
    expect(failures).toEqual(['throws']);
  });
});

function address(conversationId: string): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/emea/',
    conversation: { id: conversationId, tenantId: 'tenant-1' },
    bot: { id: '28:bot' },
  };
}
