import { randomUUID } from 'node:crypto';
import type { EditorQuestions, EditorialFeedback, EditorialUnanswered } from '../../src/contracts';
import { openStorage } from '../../src/storage/database';
import { createPostgresDatabase, type EngineName } from '../support/databases';
import { answerChecker } from '../support/openapi-check';
import { startTestService, type TestService } from '../support/service';
import { EntraStandIn, USERS, type TestUser } from '../support/teams-host/entra-stand-in';
import { SEEDED_QUESTION, SEEDED_QUESTION_EN, seedEditorial } from './editorial-fixture';

const BASE = '/api/admin/editorial';
const QUESTIONS = `${BASE}/questions`;

describe.each<EngineName>(['sqlite', 'postgres'])('the editorial admin API on %s', (engine) => {
  let entra: EntraStandIn;
  let service: TestService;
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let checkAnswer: ReturnType<typeof answerChecker>;

  beforeAll(async () => {
    entra = await new EntraStandIn().start();
    if (engine === 'postgres') {
      const database = await createPostgresDatabase();
      databaseUrl = database.url;
      dropDatabase = () => database.drop();
    }
    service = await startTestService({
      ...entra.serviceEnv(),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    await seedEditorial({ dataDir: service.dataDir, databaseUrl });
    checkAnswer = answerChecker(await (await fetch(`${service.url}/api/openapi.json`)).json());
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase?.();
    await entra?.stop();
  });

  /** Calls the API; every answer must be one /api/openapi.json describes. */
  const call = async (path: string, init: { token?: string; body?: unknown; method?: string } = {}) => {
    const method = init.method ?? 'GET';
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.clone().text();
    expect(checkAnswer(method, path, res.status, text ? JSON.parse(text) : undefined)).toEqual([]);
    return res;
  };
  const as = (user: TestUser) => entra.token(user);
  const admin = () => as(USERS.admin);
  const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const questions = async (status = 'all') =>
    (await (await call(`${QUESTIONS}?status=${status}`, { token: admin() })).json()) as EditorQuestions;
  const auditLines = async () => {
    const storage = await openStorage({ dataDir: service.dataDir, databaseUrl });
    try {
      return await storage.db.selectFrom('admin_audit').selectAll().orderBy('at').execute();
    } finally {
      await storage.close();
    }
  };
  /** Every route, with a body and id that would be valid. */
  const routes = () => {
    const id = randomUUID();
    return [
      { path: `${BASE}/feedback` },
      { path: `${BASE}/unanswered?days=7` },
      { path: QUESTIONS },
      { path: `${QUESTIONS}/${id}`, method: 'PATCH', body: { handled: true } },
      { path: `${QUESTIONS}/${id}`, method: 'DELETE' },
    ];
  };

  it('refuses every route without a valid token (401), before looking at the id or body', async () => {
    for (const token of [undefined, 'not-a-jwt', entra.forged(USERS.admin)]) {
      for (const route of [
        ...routes(),
        { path: `${QUESTIONS}/not-an-id`, method: 'PATCH', body: { read: 'ja' } },
        { path: `${QUESTIONS}/not-an-id`, method: 'DELETE' },
        { path: `${BASE}/unanswered?days=-1` },
      ]) {
        const res = await call(route.path, { ...route, token });
        expect([route.path, res.status]).toEqual([route.path, 401]);
        expect(await codeOf(res)).toBe('unauthenticated');
      }
    }
  });

  it('refuses people who are not admins (403), also a team manager', async () => {
    for (const user of [USERS.employee, USERS.manager]) {
      for (const route of routes()) {
        const res = await call(route.path, { ...route, token: as(user) });
        expect([route.path, res.status]).toEqual([route.path, 403]);
        expect(await codeOf(res)).toBe('forbidden');
      }
    }
  });

  it('gives the feedback per topic, with its title, helpful and not helpful, and each reason', async () => {
    const res = await call(`${BASE}/feedback`, { token: admin() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EditorialFeedback;
    const zero = { 'wrong-topic': 0, unclear: 0, incomplete: 0, emergency: 0 };
    expect(body.topics).toEqual([
      {
        topicId: 'meldrecht',
        title: { nl: expect.stringContaining('Meldrecht'), en: expect.any(String) },
        helpful: 3,
        notHelpful: 2,
        reasons: { ...zero, emergency: 1 },
        withoutReason: 1,
      },
      expect.objectContaining({
        topicId: 'veilig-thuis',
        helpful: 0,
        notHelpful: 1,
        reasons: { ...zero, unclear: 1 },
        withoutReason: 0,
      }),
    ]);
    // A range before the seed holds nothing; from and to come back as asked.
    const old = (await (
      await call(`${BASE}/feedback?from=2020-01-01&to=2020-01-31`, { token: admin() })
    ).json()) as EditorialFeedback;
    expect(old).toEqual({ from: '2020-01-01', to: '2020-01-31', topics: [] });
  });

  it('gives the unanswered questions for every day asked, per language, with zeros', async () => {
    const res = await call(`${BASE}/unanswered?days=7`, { token: admin() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EditorialUnanswered;
    expect(body.days).toHaveLength(7);
    expect(body.days[0].day).toBe(body.to);
    expect(body.days[6].day).toBe(body.from);
    expect(body.total).toBe(5);
    const counted = body.days.filter((d) => d.total > 0);
    expect(counted.map((d) => d.counts)).toEqual([{ nl: 4, en: 1 }]);
    const standard = (await (
      await call(`${BASE}/unanswered`, { token: admin() })
    ).json()) as EditorialUnanswered;
    expect(standard.days).toHaveLength(30);
  });

  it('refuses malformed queries, ids and bodies (400) and changes nothing', async () => {
    const [first] = (await questions()).questions;
    for (const path of [
      `${BASE}/feedback?from=2026-13-01`,
      `${BASE}/feedback?from=2026-02-30`,
      `${BASE}/feedback?from=2026-12-02&to=2026-12-01`,
      `${BASE}/unanswered?days=0`,
      `${BASE}/unanswered?days=367`,
      `${BASE}/unanswered?days=veel`,
      `${QUESTIONS}?status=gelezen`,
    ]) {
      const res = await call(path, { token: admin() });
      expect([path, res.status]).toEqual([path, 400]);
    }
    for (const body of [
      {},
      { read: 'ja' },
      { handled: true, text: 'anders' },
      { read: false, handled: true },
      [],
    ]) {
      const res = await call(`${QUESTIONS}/${first.id}`, { method: 'PATCH', token: admin(), body });
      expect([body, res.status]).toEqual([body, 400]);
    }
    const contradiction = await call(`${QUESTIONS}/${first.id}`, {
      method: 'PATCH',
      token: admin(),
      body: { read: false, handled: true },
    });
    expect(((await contradiction.json()) as { error: { message: string } }).error.message).toMatch(/gelezen/);
    for (const method of ['PATCH', 'DELETE']) {
      const res = await call(`${QUESTIONS}/1%20OR%201=1`, {
        method,
        token: admin(),
        body: method === 'PATCH' ? { read: true } : undefined,
      });
      expect([method, res.status]).toEqual([method, 400]);
    }
    const notJson = await fetch(`${service.url}${QUESTIONS}/${first.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin()}`, 'content-type': 'application/json' },
      body: '{"read": tru',
    });
    expect(notJson.status).toBe(400);
    expect((await questions()).counts).toEqual({ total: 2, unread: 2, open: 2, handled: 0 });
    expect(await auditLines()).toEqual([]);
  });

  it('answers 404 for a question that does not exist', async () => {
    const id = randomUUID();
    expect(
      (await call(`${QUESTIONS}/${id}`, { method: 'PATCH', token: admin(), body: { read: true } })).status,
    ).toBe(404);
    expect((await call(`${QUESTIONS}/${id}`, { method: 'DELETE', token: admin() })).status).toBe(404);
  });

  it('lists the questions, marks one read and handled, deletes it, and audits that with ids only', async () => {
    const all = await questions();
    expect(all.questions.map((q) => [q.lang, q.text])).toEqual([
      ['en', SEEDED_QUESTION_EN],
      ['nl', SEEDED_QUESTION],
    ]);
    const dutch = all.questions[1];

    const read = await call(`${QUESTIONS}/${dutch.id}`, {
      method: 'PATCH',
      token: admin(),
      body: { read: true },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ ...dutch, readAt: expect.any(String) });
    expect((await questions('unread')).questions.map((q) => q.id)).toEqual([all.questions[0].id]);

    const handled = await call(`${QUESTIONS}/${dutch.id}`, {
      method: 'PATCH',
      token: admin(),
      body: { handled: true },
    });
    expect(((await handled.json()) as { handledAt?: string }).handledAt).toEqual(expect.any(String));
    expect((await questions('handled')).questions.map((q) => q.id)).toEqual([dutch.id]);
    expect((await questions('open')).questions.map((q) => q.id)).toEqual([all.questions[0].id]);
    expect((await questions()).counts).toEqual({ total: 2, unread: 1, open: 1, handled: 1 });

    const deleted = await call(`${QUESTIONS}/${dutch.id}`, { method: 'DELETE', token: admin() });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ id: dutch.id, deleted: true });
    expect((await questions()).questions.map((q) => q.id)).toEqual([all.questions[0].id]);

    const lines = await auditLines();
    expect(lines.map((l) => [l.action, l.actor_id, l.subject_id])).toEqual([
      ['editor-question-marked', USERS.admin.oid, `editor-question:${dutch.id}`],
      ['editor-question-marked', USERS.admin.oid, `editor-question:${dutch.id}`],
      ['editor-question-deleted', USERS.admin.oid, `editor-question:${dutch.id}`],
    ]);
    const logs = service.logLines.join('\n');
    expect(logs).toContain('"event":"editor-question-deleted"');
    for (const text of [JSON.stringify(lines), logs]) {
      expect(text).not.toContain(SEEDED_QUESTION);
      expect(text).not.toContain(SEEDED_QUESTION_EN);
    }
  });
});
